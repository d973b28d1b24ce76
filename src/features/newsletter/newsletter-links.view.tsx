import { Layout } from '../../ui/layout.tsx';
import { messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import type { ConfirmState } from './newsletter.service.ts';

const signUpAgain = { signup: (words: string) => <a href={paths.newsletter.signUp()}>{words}</a> };

/**
 * The pages behind the links in our emails. Opening a link only shows a button: mail security scanners
 * open links on their own, so nothing may change until a person presses it.
 */
export function ConfirmPage(props: { token: string }) {
  const m = messages().newsletter.confirm;
  return (
    <Layout title={m.title} noindex>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <form method="post" action={paths.newsletter.confirm()}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" class="button">
          {m.button}
        </button>
      </form>
      <p>{m.notYou}</p>
    </Layout>
  );
}

export function ConfirmedPage() {
  const m = messages().newsletter.confirmed;
  return (
    <Layout title={m.title} noindex>
      <div class="notice notice--success">
        <h1>{m.title}</h1>
        <p>{m.body}</p>
      </div>
      <h2>{m.leavingTitle}</h2>
      <p>{m.leaving}</p>
      <p>
        <a href={paths.guides()}>{m.guides}</a>
      </p>
    </Layout>
  );
}

export function UnsubscribePage(props: { token: string }) {
  const m = messages().newsletter.unsubscribe;
  return (
    <Layout title={m.title} noindex>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <form method="post" action={paths.newsletter.unsubscribe()}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" class="button">
          {m.button}
        </button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage() {
  const m = messages().newsletter.unsubscribed;
  return (
    <Layout title={m.title} noindex>
      <div class="notice notice--success">
        <h1>{m.title}</h1>
        <p>{m.body}</p>
      </div>
      <p>{rich(m.again, signUpAgain)}</p>
    </Layout>
  );
}

/** A link that is broken, already used up, or too old. None of these is the reader's fault. */
export function LinkProblemPage(props: { link: 'confirm' | 'unsubscribe'; state: Exclude<ConfirmState, 'valid'> }) {
  const m = messages().newsletter.linkProblem;
  if (props.link === 'unsubscribe') {
    return (
      <Layout title={m.unsubscribeTitle} noindex>
        <h1>{m.unsubscribeTitle}</h1>
        <p>{m.unsubscribeDone}</p>
        <p>{m.unsubscribeCut}</p>
      </Layout>
    );
  }
  const expired = props.state === 'expired';
  const title = expired ? m.expiredTitle : m.brokenTitle;
  return (
    <Layout title={title} noindex>
      <h1>{title}</h1>
      <p>{expired ? m.expired : m.broken}</p>
      <p>{rich(m.again, signUpAgain)}</p>
    </Layout>
  );
}
