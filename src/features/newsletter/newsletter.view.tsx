import { ChoiceGroup, ErrorSummary, type FieldError, TextInput } from '../../ui/forms.tsx';
import { Layout } from '../../ui/layout.tsx';
import { fill, messages, plural, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { FIRST_NAME_MAX, type SignupValues } from './newsletter.schema.ts';

const FIELD_ORDER = ['email', 'first_name', 'consent'] as const;

/** The sign-up form, with what we send and what we keep said up front. */
export function SignupPage(props: { values: SignupValues; errors: Record<string, string> }) {
  const { values, errors } = props;
  const m = messages().newsletter.signUp;
  const summary: FieldError[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ href: f, text: errors[f] as string }));
  return (
    <Layout
      title={m.title}
      description={m.description}
      canonicalPath={paths.newsletter.signUp()}
      hasErrors={summary.length > 0}
      styles={['newsletter.css']}
    >
      <ErrorSummary errors={summary} />
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>

      <h2>{m.expectTitle}</h2>
      <ul>
        {m.expect.map((line) => (
          <li>{line}</li>
        ))}
      </ul>

      <h2>{m.keepTitle}</h2>
      <p>{rich(m.keep, { privacy: (words) => <a href={paths.about.privacy()}>{words}</a> })}</p>

      <form method="post" action={paths.newsletter.signUp()} novalidate class="newsletter-form">
        <TextInput
          id="email"
          name="email"
          type="email"
          label={m.email}
          autocomplete="email"
          spellcheck={false}
          value={values.email}
          error={errors.email}
        />
        <TextInput
          id="first_name"
          name="first_name"
          label={m.firstName}
          hint={fill(m.firstNameHint, { max: FIRST_NAME_MAX })}
          autocomplete="given-name"
          value={values.first_name}
          error={errors.first_name}
        />
        {/* A trap for bots, which fill in every field. Hidden by newsletter.css; people never see it. */}
        <div class="newsletter-trap">
          <label for="website">{m.trap}</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <ChoiceGroup
          type="checkbox"
          id="consent"
          name="consent"
          legend={m.consentLegend}
          choices={[{ value: 'yes', label: m.consent, hint: m.consentHint }]}
          selected={values.consent ? ['yes'] : []}
          error={errors.consent}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

/** The one page every sign-up ends on, whatever we know about the address: it must not give that away. */
export function CheckEmailPage() {
  const m = messages().newsletter.checkEmail;
  const links = {
    signup: (words: string) => <a href={paths.newsletter.signUp()}>{words}</a>,
    guides: (words: string) => <a href={paths.guides()}>{words}</a>,
    find: (words: string) => <a href={paths.find()}>{words}</a>,
  };
  return (
    <Layout title={m.title} noindex>
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <p>{m.follow}</p>
      <p>{m.already}</p>
      <h2>{m.cannotFindTitle}</h2>
      <ul>
        {m.cannotFind.map((line) => (
          <li>{rich(line, links)}</li>
        ))}
      </ul>
      <p>{rich(m.meanwhile, links)}</p>
    </Layout>
  );
}

export function TooManySignupsPage(props: { minutes: number }) {
  const m = messages().newsletter.tooMany;
  return (
    <Layout title={m.title} noindex>
      <h1>{m.title}</h1>
      <p>{m.why}</p>
      <p>{plural(m.retry, props.minutes)}</p>
      <p>
        <a href={paths.home()}>{m.home}</a>
      </p>
    </Layout>
  );
}
