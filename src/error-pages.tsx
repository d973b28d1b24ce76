import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Deps } from './deps.ts';
import { AppError, type Suggestion } from './lib/errors.ts';
import { safeJson } from './lib/json.ts';
import { HelplineLink } from './ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from './ui/helplines.ts';
import { Layout } from './ui/layout.tsx';
import { paths } from './ui/paths.ts';

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

function ErrorPage(props: { status: number; title: string; message: string }) {
  return (
    <Layout title={props.title} noindex>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <p>
        You can <a href={paths.find()}>search for treatment</a>, read our <a href={paths.guides()}>guides</a>, or go to the{' '}
        <a href={paths.home()}>home page</a>.
      </p>
      <p>
        If you need help now, call the {SAMHSA_HELPLINE.name} at <HelplineLink line={SAMHSA_HELPLINE} /> (free, private, any
        time).
      </p>
    </Layout>
  );
}

function respond(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fields: Record<string, string> = {},
  suggestions: Suggestion[] = [],
) {
  if (isApi(c)) return safeJson(c, { error: { code, message, fields, suggestions } }, status);
  c.status(status);
  const title = status === 404 ? 'Page not found' : status >= 500 ? 'Sorry, something went wrong' : 'There is a problem';
  return c.render(<ErrorPage status={status} title={title} message={message} />);
}

export const notFoundHandler: NotFoundHandler = (c) =>
  respond(c, 404, 'not_found', 'We could not find that page. If you typed the address, check it is right.');

/**
 * One place turns errors into responses. An AppError carries its own status and message; a bad request
 * body from the framework becomes a 400; anything else is a bug, logged (without the request) and shown
 * as a plain apology with no internals.
 */
export function errorHandler(deps: Pick<Deps, 'logger'>): ErrorHandler {
  return (error, c) => {
    if (error instanceof AppError) return respond(c, error.status, error.code, error.message, error.fields, error.suggestions);
    if (error instanceof HTTPException && error.status < 500) {
      return respond(c, error.status as ContentfulStatusCode, 'bad_request', 'We could not read that request. Please try again.');
    }
    deps.logger.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
    return respond(c, 500, 'internal_error', 'Something went wrong on our side. Please try again in a moment.');
  };
}
