import { z } from 'zod';
import { AppError } from './errors.ts';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/**
 * Parses a query string with the schema a route declares (the same schema its OpenAPI parameters are made
 * from). Only the schema's own fields are read, each once (the first value) unless the field is a list; empty
 * values count as absent; anything else in the query is ignored. A problem is a 400 `invalid_query` whose
 * `fields` names each parameter and what is wrong with it.
 */
export function parseQuery<S extends ObjectSchema>(url: string, schema: S, message: string): z.output<S> {
  const params = searchParamsOf(url);
  const raw: Record<string, string | string[]> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const values = params.getAll(name).filter((v) => v !== '');
    if (values.length === 0) continue;
    raw[name] = isList(field as z.ZodType) ? values : (values[0] as string);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'query')] ??= issue.message;
  throw new AppError(400, 'invalid_query', message, fields);
}

/** A request URL's query parameters, read without parsing the rest of the URL (searches' hot path). */
export function searchParamsOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
}

const lists = new WeakMap<z.ZodType, boolean>();

/** Whether a field takes a list (`care=a&care=b`), as its JSON Schema says; worked out once per field. */
function isList(field: z.ZodType): boolean {
  let list = lists.get(field);
  if (list === undefined) {
    list = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }).type === 'array';
    lists.set(field, list);
  }
  return list;
}
