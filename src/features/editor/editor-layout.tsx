import type { Child } from 'hono/jsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';

/** The hidden field every editor form sends back (see requireEditor in editor.routes.tsx). */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="csrf" value={props.token} />;
}

/**
 * The frame of every editor page: the site's layout (never indexed), with the editors' own menu. `csrf` is
 * set on pages for a signed-in editor, for the sign-out button.
 */
export function EditorPage(props: { title: string; csrf?: string; hasErrors?: boolean; children?: Child }) {
  return (
    <Layout title={props.title} noindex hasErrors={props.hasErrors ?? false} styles={['editor.css']}>
      {props.csrf ? (
        <nav class="editor-nav" aria-label="Editors">
          <ul>
            <li>
              <a href={paths.editor.queue()}>Report queue</a>
            </li>
            <li>
              <a href={paths.editor.audit()}>Audit log</a>
            </li>
            <li>
              <a href={paths.editor.account()}>Your account</a>
            </li>
            <li>
              <form method="post" action={paths.editor.logout()}>
                <CsrfField token={props.csrf} />
                <button type="submit" class="button button--secondary">
                  Sign out
                </button>
              </form>
            </li>
          </ul>
        </nav>
      ) : null}
      {props.children}
    </Layout>
  );
}
