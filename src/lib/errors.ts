/**
 * The one error type the app throws on purpose. `status` picks the HTTP status, `code` is a stable
 * machine-readable name for API clients, and `fields` maps a form or query field to a message so a page
 * can link each problem to its input.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'page'): AppError => new AppError(404, 'not_found', `We could not find that ${what}.`);
