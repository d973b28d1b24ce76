import type { Child } from 'hono/jsx';
import { Layout } from '../../ui/layout.tsx';
import { messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import type { ConfirmState } from './newsletter.service.ts';

const signUpAgain = { signup: (words: string) => <a href={paths.newsletter.signUp()}>{words}</a> };

/** A page that asks a person to press one button, carrying the link's token: nothing changes until they do. */
function OneButtonPage(props: { title: string; body: string; action: string; token: string; button: string; after?: string }) {
  return (
    <Layout title={props.title} noindex>
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      <form method="post" action={props.action}>
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" class="button">
          {props.button}
        </button>
      </form>
      {props.after ? <p>{props.after}</p> : null}
    </Layout>
  );
}

/**
 * The pages behind the links in our emails. Opening a link only shows a button: mail security scanners
 * open links on their own, so nothing may change until a person presses it.
 */
export function ConfirmPage(props: { token: string }) {
  const m = messages().newsletter.confirm;
  return (
    <OneButtonPage
      title={m.title}
      body={m.body}
      action={paths.newsletter.confirm()}
      token={props.token}
      button={m.button}
      after={m.notYou}
    />
  );
}

/** A page that says it is done, in a green box, with what comes next after it. */
function DonePage(props: { title: string; body: string; children?: Child }) {
  return (
    <Layout title={props.title} noindex>
      <div class="notice notice--success">
        <h1>{props.title}</h1>
        <p>{props.body}</p>
      </div>
      {props.children}
    </Layout>
  );
}

export function ConfirmedPage() {
  const m = messages().newsletter.confirmed;
  return (
    <DonePage title={m.title} body={m.body}>
      <h2>{m.leavingTitle}</h2>
      <p>{m.leaving}</p>
      <p>
        <a href={paths.guides()}>{m.guides}</a>
      </p>
    </DonePage>
  );
}

export function UnsubscribePage(props: { token: string }) {
  const m = messages().newsletter.unsubscribe;
  return (
    <OneButtonPage title={m.title} body={m.body} action={paths.newsletter.unsubscribe()} token={props.token} button={m.button} />
  );
}

export function UnsubscribedPage() {
  const m = messages().newsletter.unsubscribed;
  return (
    <DonePage title={m.title} body={m.body}>
      <p>{rich(m.again, signUpAgain)}</p>
    </DonePage>
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
