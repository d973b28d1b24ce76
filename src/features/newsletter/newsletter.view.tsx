import { ChoiceGroup, ErrorSummary, type FieldError, TextInput } from '../../ui/forms.tsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import { FIRST_NAME_MAX, type SignupValues } from './newsletter.schema.ts';

const FIELD_ORDER = ['email', 'first_name', 'consent'] as const;

/** The sign-up form, with what we send and what we keep said up front. */
export function SignupPage(props: { values: SignupValues; errors: Record<string, string> }) {
  const { values, errors } = props;
  const summary: FieldError[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ href: f, text: errors[f] as string }));
  return (
    <Layout
      title="Get email updates"
      description="Sign up for occasional emails from Open Treatment about new guides and treatment data."
      canonicalPath={paths.newsletter.signUp()}
      hasErrors={summary.length > 0}
      styles={['newsletter.css']}
    >
      <ErrorSummary errors={summary} />
      <h1>Get email updates</h1>
      <p class="lead">Hear from us now and then, when we publish a new guide or update our treatment data.</p>

      <h2>What to expect</h2>
      <ul>
        <li>We only write when we have something new. That is not often.</li>
        <li>First, we email you a link to check the address is yours. Nothing starts until you follow it.</li>
        <li>Every email has a link to unsubscribe: open it and press one button.</li>
      </ul>

      <h2>What we keep</h2>
      <p>
        Your email address, your first name if you give it, and the dates you signed up and confirmed. We use them only to send
        these emails. We never share or sell them. If you unsubscribe, we delete them. Read more in our{' '}
        <a href={paths.about.privacy()}>privacy notice</a>.
      </p>

      <form method="post" action={paths.newsletter.signUp()} novalidate class="newsletter-form">
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autocomplete="email"
          spellcheck={false}
          value={values.email}
          error={errors.email}
        />
        <TextInput
          id="first_name"
          name="first_name"
          label="First name (optional)"
          hint={`We only use it to greet you in our newsletter emails, never in the sign-up email. Up to ${FIRST_NAME_MAX} characters.`}
          autocomplete="given-name"
          value={values.first_name}
          error={errors.first_name}
        />
        {/* A trap for bots, which fill in every field. Hidden by newsletter.css; people never see it. */}
        <div class="newsletter-trap">
          <label for="website">Leave this box empty</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <ChoiceGroup
          type="checkbox"
          id="consent"
          name="consent"
          legend="Your permission"
          choices={[
            {
              value: 'yes',
              label: 'I want to get occasional emails from Open Treatment',
              hint: 'You can stop them at any time.',
            },
          ]}
          selected={values.consent ? ['yes'] : []}
          error={errors.consent}
        />
        <button type="submit" class="button">
          Sign up
        </button>
      </form>
    </Layout>
  );
}

/** The one page every sign-up ends on, whatever we know about the address: it must not give that away. */
export function CheckEmailPage() {
  return (
    <Layout title="Check your email" noindex>
      <h1>Check your email</h1>
      <p class="lead">Thank you. We are sending an email to the address you gave us.</p>
      <p>Open it and follow the link to finish signing up. The link works for 48 hours.</p>
      <p>If you are already on our list, the email will tell you so, and there is nothing more to do.</p>
      <h2>Can't find it?</h2>
      <ul>
        <li>It can take a few minutes to arrive.</li>
        <li>Look in your spam or junk folder.</li>
        <li>
          Still nothing after 10 minutes? Check you typed the address correctly, and{' '}
          <a href={paths.newsletter.signUp()}>sign up again</a>.
        </li>
      </ul>
      <p>
        While you wait, you could read our <a href={paths.guides()}>guides</a> or{' '}
        <a href={paths.find()}>find treatment near you</a>.
      </p>
    </Layout>
  );
}

export function TooManySignupsPage(props: { minutes: number }) {
  return (
    <Layout title="Please wait a few minutes" noindex>
      <h1>Please wait a few minutes</h1>
      <p>
        We have had several sign-ups from your internet connection in a short time. To protect people's inboxes, we only allow a
        few at once.
      </p>
      <p>
        Please try again in {props.minutes} {props.minutes === 1 ? 'minute' : 'minutes'}. If you have already signed up, look for
        our email in your inbox and your spam or junk folder.
      </p>
      <p>
        <a href={paths.home()}>Go to the home page</a>
      </p>
    </Layout>
  );
}
