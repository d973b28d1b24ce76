import { ErrorSummary, type FieldError, TextInput } from '../../ui/forms.tsx';
import { paths } from '../../ui/paths.ts';
import { CsrfField, EditorPage } from './editor-layout.tsx';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords.ts';

const summaryOf = (errors: Record<string, string>, order: string[]): FieldError[] =>
  order.filter((f) => errors[f]).map((f) => ({ href: f, text: errors[f] as string }));

/** Sign in: email, password, and the code from an authenticator app for editors who turned it on. */
/** The 6-digit code from an authenticator app (sign-in, and turning the code on). */
function CodeInput(props: { label: string; hint?: string; error: string | undefined }) {
  return <TextInput id="code" name="code" inputmode="numeric" autocomplete="one-time-code" short maxlength={6} {...props} />;
}

export function LoginPage(props: { email: string; errors: Record<string, string>; csrf: string; notice?: string | undefined }) {
  const summary = summaryOf(props.errors, ['email', 'password', 'code']);
  return (
    <EditorPage title="Sign in for editors" hasErrors={summary.length > 0 || Boolean(props.notice)}>
      <ErrorSummary errors={summary} />
      {props.notice ? (
        <div class="error-summary" role="alert" tabindex={-1} data-error-summary="">
          <h2>There is a problem</h2>
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>Sign in for editors</h1>
      <p>This is for the people who check listings. Everyone else can use the site without signing in.</p>
      <form method="post" action={paths.editor.login()} novalidate>
        <CsrfField token={props.csrf} />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autocomplete="username"
          spellcheck={false}
          value={props.email}
          error={props.errors.email}
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Password"
          autocomplete="current-password"
          maxlength={PASSWORD_MAX}
          error={props.errors.password}
        />
        <CodeInput
          label="Code from your authenticator app"
          hint="Only if you turned on a sign-in code. 6 digits."
          error={props.errors.code}
        />
        <button type="submit" class="button">
          Sign in
        </button>
      </form>
      <p class="small">
        Forgot your password? Ask the person who runs this site for a new setup link (<code>npm run editor -- reset</code>).
      </p>
    </EditorPage>
  );
}

/** Choose a password through a one-time setup link. */
export function SetupPage(props: { token: string; email: string; errors: Record<string, string>; csrf: string }) {
  const summary = summaryOf(props.errors, ['password', 'confirm']);
  const field = (id: 'password' | 'confirm', label: string, hint?: string) => (
    <TextInput
      id={id}
      name={id}
      type="password"
      label={label}
      hint={hint}
      autocomplete="new-password"
      maxlength={PASSWORD_MAX}
      error={props.errors[id]}
    />
  );
  return (
    <EditorPage title="Choose your password" hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1>Choose your password</h1>
      <p>
        You are setting up the editor account for <strong>{props.email}</strong>. This link works once.
      </p>
      <form method="post" action={paths.editor.setup()} novalidate>
        <CsrfField token={props.csrf} />
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="username" value={props.email} autocomplete="username" />
        {field('password', 'New password', `At least ${PASSWORD_MIN} characters. A few unrelated words make a good one.`)}
        {field('confirm', 'Type it again')}
        <button type="submit" class="button">
          Save my password
        </button>
      </form>
    </EditorPage>
  );
}

export function SetupDonePage() {
  return (
    <EditorPage title="Your password is saved">
      <h1>Your password is saved</h1>
      <p>
        You can now <a href={paths.editor.login()}>sign in</a>. Once signed in, you can turn on a sign-in code from an
        authenticator app under “Your account”.
      </p>
    </EditorPage>
  );
}

export function SetupLinkProblemPage() {
  return (
    <EditorPage title="This setup link does not work">
      <h1>This setup link does not work</h1>
      <p>It may have been used already, or it is more than 3 days old. Ask the person who runs this site for a new one.</p>
    </EditorPage>
  );
}

/** The account page: turn the sign-in code on (with a new secret to enter in an app) or off. */
export function AccountPage(props: {
  email: string;
  totpOn: boolean;
  csrf: string;
  secret: string;
  uri: string;
  errors: Record<string, string>;
  saved?: string | undefined;
}) {
  const summary = summaryOf(props.errors, ['code', 'password']);
  return (
    <EditorPage title="Your account" csrf={props.csrf} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      {props.saved ? (
        <div class="notice notice--success" role="status">
          <p>{props.saved}</p>
        </div>
      ) : null}
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{props.email}</strong>.
      </p>
      <h2>Sign-in code</h2>
      {props.totpOn ? (
        <>
          <p>A sign-in code from your authenticator app is on. You need it each time you sign in.</p>
          <form method="post" action={paths.editor.totp('off')} novalidate>
            <CsrfField token={props.csrf} />
            <TextInput
              id="password"
              name="password"
              type="password"
              label="Your password, to turn the code off"
              autocomplete="current-password"
              maxlength={PASSWORD_MAX}
              error={props.errors.password}
            />
            <button type="submit" class="button button--secondary">
              Turn off the sign-in code
            </button>
          </form>
        </>
      ) : (
        <>
          <p>
            For a safer account, add a sign-in code from an authenticator app. In the app, add an account by typing this key (or
            paste the address below it):
          </p>
          <p>
            <code class="totp-secret">{props.secret}</code>
          </p>
          <p class="small">
            <code>{props.uri}</code>
          </p>
          <form method="post" action={paths.editor.totp('on')} novalidate>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="secret" value={props.secret} />
            <CodeInput label="The 6-digit code the app shows now" error={props.errors.code} />
            <button type="submit" class="button">
              Turn on the sign-in code
            </button>
          </form>
        </>
      )}
    </EditorPage>
  );
}
