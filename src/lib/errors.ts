/** A value that would probably work for a field: "Did you mean Baltimore, MD?". */
export interface Suggestion {
  field: string;
  value: string;
  label: string;
}

/**
 * The one error type the app throws on purpose. `status` picks the HTTP status, `code` is a stable
 * machine-readable name for API clients, `fields` maps a form or query field to a message so a page
 * can link each problem to its input, and `suggestions` offers values to try instead.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly suggestions: Suggestion[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'page'): AppError => new AppError(404, 'not_found', `We could not find that ${what}.`);
