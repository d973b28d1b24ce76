import { REPORT_KINDS } from '../../db/app-schema.ts';
import type { Facility } from '../../domain/facility.ts';
import { ChoiceGroup, ErrorSummary, type FieldError, Select, TextArea, TextInput } from '../../ui/forms.tsx';
import { Layout } from '../../ui/layout.tsx';
import { intlLocale } from '../../ui/locale.ts';
import { fill, messages, plural, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { EMAIL_MAX, kindLabel, NOTE_MAX, type ReportValues, serviceChoices } from './reports.schema.ts';

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
  const m = messages().reports;
  const summary: FieldError[] = FIELD_ORDER.filter((k) => errors[k]).map((k) => ({ href: k, text: errors[k] as string }));
  return (
    <Layout
      title={fill(m.title, { name: f.name })}
      hasErrors={summary.length > 0 || props.waitMinutes !== undefined}
      noindex
      section="find"
      styles={['reports.css']}
    >
      <ErrorSummary errors={summary} />
      {props.waitMinutes !== undefined ? (
        <div class="error-summary" role="alert" tabindex={-1} data-error-summary="">
          <h2>{m.wait.heading}</h2>
          <p>{plural(m.wait.body, props.waitMinutes)}</p>
        </div>
      ) : null}
      <h1>{m.heading}</h1>
      <p class="lead">{rich(m.lead, { name: <a href={paths.facility(f.id)}>{f.name}</a>, place: place(f) })}</p>
      <p>{m.editorReads}</p>

      <form method="post" action={paths.report(f.id)} novalidate class="report-form">
        <ChoiceGroup
          type="radio"
          id="kind"
          name="kind"
          legend={m.kind.legend}
          legendClass="legend--large"
          error={errors.kind}
          choices={REPORT_KINDS.map((k) => ({ value: k, ...kindLabel(k) }))}
          selected={[values.kind]}
        />
        <TextInput
          id="phone"
          name="phone"
          type="tel"
          label={m.phone.label}
          hint={m.phone.hint}
          autocomplete="off"
          maxlength={40}
          value={values.phone}
          error={errors.phone}
        />
        <TextArea
          id="address"
          name="address"
          label={m.address.label}
          hint={m.address.hint}
          rows={2}
          maxlength={300}
          autocomplete="off"
          value={values.address}
          error={errors.address}
        />
        <Select
          id="service"
          name="service"
          label={m.service.label}
          hint={m.service.hint}
          error={errors.service}
          options={[{ value: '', label: m.service.choose }, ...serviceChoices()]}
          selected={values.service}
        />
        <TextArea
          id="note"
          name="note"
          label={m.note.label}
          hint={fill(m.note.hint, { max: NOTE_MAX.toLocaleString(intlLocale()) })}
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
          label={m.email.label}
          hint={m.email.hint}
          autocomplete="email"
          spellcheck={false}
          maxlength={EMAIL_MAX}
          value={values.email}
          error={errors.email}
        />
        {/* A trap for bots, which fill in every field. Hidden by reports.css; people never see it. */}
        <div class="report-trap">
          <label for="website">{m.trap}</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">
          {m.send}
        </button>
      </form>
      <p class="small">{rich(m.keep, { privacy: (words) => <a href={paths.about.privacy('reports')}>{words}</a> })}</p>
    </Layout>
  );
}

/** After a report: thanks, and what happens next. */
export function ReportSentPage(props: { facility: Facility }) {
  const f = props.facility;
  const m = messages().reports.sent;
  return (
    <Layout title={m.title} noindex section="find">
      <h1>{m.title}</h1>
      <p class="lead">{fill(m.lead, { name: f.name })}</p>
      <h2>{m.next}</h2>
      <ol>
        {m.steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <p>{m.meanwhile}</p>
      <p>
        <a href={paths.facility(f.id)}>{fill(m.back, { name: f.name })}</a> · <a href={paths.find()}>{m.find}</a>
      </p>
    </Layout>
  );
}
