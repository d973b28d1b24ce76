import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import type { ConfirmState } from './newsletter.service.ts';

/**
 * The pages behind the links in our emails. Opening a link only shows a button: mail security scanners
 * open links on their own, so nothing may change until a person presses it.
 */
export function ConfirmPage(props: { token: string }) {
  return (
    <Layout title="Confirm your email sign-up" noindex>
      <h1>Confirm your email sign-up</h1>
      <p>Press the button to start getting occasional emails from Open Treatment.</p>
      <form method="post" action={paths.newsletter.confirm()}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" class="button">
          Confirm my subscription
        </button>
      </form>
      <p>Didn't sign up? You don't need to do anything. Just close this page.</p>
    </Layout>
  );
}

export function ConfirmedPage() {
  return (
    <Layout title="You're subscribed" noindex>
      <div class="notice notice--success">
        <h1>You're subscribed</h1>
        <p>Thank you for confirming. We will email you when we publish a new guide or update our treatment data.</p>
      </div>
      <h2>Leaving is easy</h2>
      <p>
        Every email we send has an unsubscribe link at the bottom. Follow it and press one button, and we delete your email
        address and name. The email we just sent you has that link too.
      </p>
      <p>
        <a href={paths.guides()}>Read our guides</a>
      </p>
    </Layout>
  );
}

export function UnsubscribePage(props: { token: string }) {
  return (
    <Layout title="Unsubscribe from our emails" noindex>
      <h1>Unsubscribe from our emails</h1>
      <p>Press the button and we will stop emailing you. We will also delete your email address and name.</p>
      <form method="post" action={paths.newsletter.unsubscribe()}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" class="button">
          Unsubscribe
        </button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage() {
  return (
    <Layout title="You've unsubscribed" noindex>
      <div class="notice notice--success">
        <h1>You've unsubscribed</h1>
        <p>We won't email you again, and we have deleted your email address and name.</p>
      </div>
      <p>
        Changed your mind? You can <a href={paths.newsletter.signUp()}>sign up again</a> at any time.
      </p>
    </Layout>
  );
}

/** A link that is broken, already used up, or too old. None of these is the reader's fault. */
export function LinkProblemPage(props: { link: 'confirm' | 'unsubscribe'; state: Exclude<ConfirmState, 'valid'> }) {
  if (props.link === 'unsubscribe') {
    return (
      <Layout title="This unsubscribe link does not work" noindex>
        <h1>This unsubscribe link does not work</h1>
        <p>You may have unsubscribed already. If so, there is nothing more to do: we won't email you again.</p>
        <p>
          The link may also have been cut short when it was copied. If we still email you, use the unsubscribe link in our newest
          email.
        </p>
      </Layout>
    );
  }
  const expired = props.state === 'expired';
  return (
    <Layout title={expired ? 'This link has expired' : 'This link does not work'} noindex>
      <h1>{expired ? 'This link has expired' : 'This link does not work'}</h1>
      {expired ? (
        <p>Links to confirm a sign-up work for 48 hours, and this one is older than that. You are not subscribed.</p>
      ) : (
        <p>
          The link may have been cut short when it was copied, or it may be from an old email. If you have already confirmed, you
          are still subscribed and there is nothing more to do.
        </p>
      )}
      <p>
        To get our emails, <a href={paths.newsletter.signUp()}>sign up again</a> and we will send you a new link.
      </p>
    </Layout>
  );
}
