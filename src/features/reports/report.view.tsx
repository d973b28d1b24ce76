import { REPORT_KINDS } from '../../db/app-schema.ts';
import type { Facility } from '../../domain/facility.ts';
import { ChoiceGroup, ErrorSummary, type FieldError, Select, TextArea, TextInput } from '../../ui/forms.tsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import { EMAIL_MAX, KIND_LABELS, NOTE_MAX, type ReportValues, SERVICE_CHOICES } from './reports.schema.ts';

const FIELD_ORDER = ['kind', 'phone', 'address', 'service', 'note', 'email'] as const;

const place = (f: Facility) =>
  [[f.street, f.street2].filter(Boolean).join(', '), `${f.city}, ${f.state} ${f.zip}`].filter(Boolean).join(', ');

/**
 * "Something wrong with this listing?": a short form anyone can send, without an account and without
 * JavaScript. It says up front what we keep and for how long.
 */
export function ReportPage(props: {
  facility: Facility;
  values: ReportValues;
  errors: Record<string, string>;
  /** Minutes to wait, when this connection (or everyone) has sent too many reports lately. */
  waitMinutes?: number | undefined;
}) {
  const { facility: f, values, errors } = props;
  const summary: FieldError[] = FIELD_ORDER.filter((k) => errors[k]).map((k) => ({ href: k, text: errors[k] as string }));
  return (
    <Layout
      title={`Report a problem with ${f.name}`}
      hasErrors={summary.length > 0 || props.waitMinutes !== undefined}
      noindex
      section="find"
      styles={['reports.css']}
    >
      <ErrorSummary errors={summary} />
      {props.waitMinutes !== undefined ? (
        <div class="error-summary" role="alert" tabindex={-1} data-error-summary="">
          <h2>Please wait a little</h2>
          <p>
            We have had many reports in a short time, so we are not taking more right now. Please try again in {props.waitMinutes}{' '}
            {props.waitMinutes === 1 ? 'minute' : 'minutes'}. What you wrote is still below.
          </p>
        </div>
      ) : null}
      <h1>Something wrong with this listing?</h1>
      <p class="lead">
        Tell us what is wrong with <a href={paths.facility(f.id)}>{f.name}</a>, {place(f)}. You do not need an account, and we do
        not need your name.
      </p>
      <p>
        An editor from our team reads every report and checks with the place, usually by calling it. If our listing is wrong, we
        fix it for everyone.
      </p>

      <form method="post" action={paths.report(f.id)} novalidate class="report-form">
        <ChoiceGroup
          type="radio"
          id="kind"
          name="kind"
          legend="What is wrong?"
          legendClass="legend--large"
          error={errors.kind}
          choices={REPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].label, hint: KIND_LABELS[k].hint }))}
          selected={[values.kind]}
        />
        <TextInput
          id="phone"
          name="phone"
          type="tel"
          label="The right phone number"
          hint="If the phone number is wrong. Include the area code."
          autocomplete="off"
          maxlength={40}
          value={values.phone}
          error={errors.phone}
        />
        <TextArea
          id="address"
          name="address"
          label="The new address"
          hint="If the place has moved: street, city, state and ZIP code."
          rows={2}
          maxlength={300}
          autocomplete="off"
          value={values.address}
          error={errors.address}
        />
        <Select
          id="service"
          name="service"
          label="Which service"
          hint="If a service is wrong: the one they do not offer, or the one we do not list."
          error={errors.service}
          options={[{ value: '', label: 'Choose a service' }, ...SERVICE_CHOICES]}
          selected={values.service}
        />
        <TextArea
          id="note"
          name="note"
          label="Tell us more"
          hint={`Needed if you chose “only serves some people” or “something else”. Please do not write your name or anything about your health. Up to ${NOTE_MAX.toLocaleString('en-US')} characters.`}
          rows={5}
          maxlength={NOTE_MAX}
          autocomplete="off"
          value={values.note}
          error={errors.note}
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Your email address (optional)"
          hint="Only if you want us to write back. We delete it, and what you wrote, 90 days after we close your report."
          autocomplete="email"
          spellcheck={false}
          maxlength={EMAIL_MAX}
          value={values.email}
          error={errors.email}
        />
        {/* A trap for bots, which fill in every field. Hidden by reports.css; people never see it. */}
        <div class="report-trap">
          <label for="website">Leave this box empty</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">
          Send report
        </button>
      </form>
      <p class="small">
        We keep your report to check the listing. Read what we keep and for how long in our{' '}
        <a href={paths.about.privacy('reports')}>privacy notice</a>.
      </p>
    </Layout>
  );
}

/** After a report: thanks, and what happens next. */
export function ReportSentPage(props: { facility: Facility }) {
  const f = props.facility;
  return (
    <Layout title="Thank you for your report" noindex section="find">
      <h1>Thank you for your report</h1>
      <p class="lead">We have your report about {f.name}.</p>
      <h2>What happens next</h2>
      <ol>
        <li>An editor from our team reads it, usually within a few days.</li>
        <li>They check with the place itself, usually by calling it.</li>
        <li>
          If our listing is wrong, they fix it. The listing then shows what they checked and the date, such as “Phone confirmed by
          our team”.
        </li>
        <li>
          If you gave your email address, we may write to you. We delete your email address and what you wrote 90 days after we
          close your report.
        </li>
      </ol>
      <p>Until then, please call the place before you go. Places change their hours, services and phone numbers.</p>
      <p>
        <a href={paths.facility(f.id)}>Back to {f.name}</a> · <a href={paths.find()}>Find treatment</a>
      </p>
    </Layout>
  );
}
