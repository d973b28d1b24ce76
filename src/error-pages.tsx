import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Deps } from './deps.ts';
import { AppError, type Suggestion } from './lib/errors.ts';
import { safeJson } from './lib/json.ts';
import { HelplineLink } from './ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from './ui/helplines.ts';
import { Layout } from './ui/layout.tsx';
import { messages, rich } from './ui/messages/index.ts';
import { paths } from './ui/paths.ts';

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

/** The error pages' words, in the page's language. */
const m = () => messages().errors;

function ErrorPage(props: { status: number; title: string; message: string }) {
  return (
    <Layout title={props.title} noindex>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <p>
        {rich(m().whereNext, {
          find: (words) => <a href={paths.find()}>{words}</a>,
          guides: (words) => <a href={paths.guides()}>{words}</a>,
          home: (words) => <a href={paths.home()}>{words}</a>,
        })}
      </p>
      <p>{rich(m().helpNow, { name: SAMHSA_HELPLINE.name, number: <HelplineLink line={SAMHSA_HELPLINE} /> })}</p>
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
  const title = status === 404 ? m().notFoundTitle : status >= 500 ? m().serverTitle : m().problemTitle;
  return c.render(<ErrorPage status={status} title={title} message={message} />);
}

export const notFoundHandler: NotFoundHandler = (c) => respond(c, 404, 'not_found', m().notFound);

/**
 * One place turns errors into responses. An AppError carries its own status and message; a bad request
 * body from the framework becomes a 400; anything else is a bug, logged (without the request) and shown
 * as a plain apology with no internals.
 */
export function errorHandler(deps: Pick<Deps, 'logger'>): ErrorHandler {
  return (error, c) => {
    if (error instanceof AppError) return respond(c, error.status, error.code, error.message, error.fields, error.suggestions);
    if (error instanceof HTTPException && error.status < 500) {
      return respond(c, error.status as ContentfulStatusCode, 'bad_request', m().badRequest);
    }
    deps.logger.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'unhandled error');
    return respond(c, 500, 'internal_error', m().server);
  };
}
