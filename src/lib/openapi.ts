/**
 * @module openapi
 * An OpenAPI 3.1 document made from route declarations: each route names its path, its query and path
 * parameters as the very zod schemas its handler parses with, and its responses as zod schemas (or, for
 * shapes defined elsewhere, plain JSON Schema). Nothing is listed twice: a field added to a query schema is a
 * new parameter in the document, with its type, limits, default and `.meta({ description })`.
 *
 * zod 4 writes JSON Schema draft 2020-12 (`z.toJSONSchema`), which is OpenAPI 3.1's own dialect. Parameters
 * describe what a client sends (`io: 'input'`); responses what it gets back (`io: 'output'`). Response schemas
 * with a `.meta({ id })` become `components.schemas` entries, referred to by `$ref`.
 *
 * @example
 * const route = apiRoute({ method: 'get', path: '/api/v1/things/{id}', operationId: 'getThing', summary: 'One thing',
 *   params: z.object({ id: z.string() }), responses: { 200: { description: 'The thing.', json: thingSchema } } });
 * app.get(honoPath(route, '/api'), handler);           // '/v1/things/:id'
 * openApiDocument({ info, servers, routes: [route] });
 */
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;
type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface ResponseSpec {
  description: string;
  /** The body as `application/json`. */
  json?: z.ZodType | JsonSchema;
  /** Bodies of other types, by media type. */
  content?: Record<string, z.ZodType | JsonSchema>;
}

export interface ApiRoute<
  Q extends ObjectSchema | undefined = ObjectSchema | undefined,
  P extends ObjectSchema | undefined = ObjectSchema | undefined,
> {
  method: 'get' | 'post';
  /** The path as OpenAPI writes it, from the site's root: `/api/v1/facilities/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** Every field is a query parameter; the handler parses the query with this same schema. */
  query?: Q;
  /** Every field is a path parameter (`{name}` in `path`). */
  params?: P;
  responses: Record<number, ResponseSpec>;
}

/** Declares a route (typed, so its query and path schemas keep their types for the handler). */
export const apiRoute = <Q extends ObjectSchema | undefined = undefined, P extends ObjectSchema | undefined = undefined>(
  route: ApiRoute<Q, P>,
) => route;

/** The route's path as Hono writes it, below where its group is mounted: `/v1/facilities/:id` under `/api`. */
export function honoPath(route: Pick<ApiRoute, 'path'>, mountedAt = ''): string {
  if (!route.path.startsWith(mountedAt)) throw new Error(`${route.path} is not under ${mountedAt}`);
  return route.path.slice(mountedAt.length).replace(/\{([^}]+)\}/g, ':$1') || '/';
}

const isZod = (schema: unknown): schema is z.ZodType => schema instanceof z.ZodType;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: ObjectSchema | undefined, where: 'query' | 'path') {
  return Object.entries(schema?.shape ?? {}).map(([name, field]) => {
    const { description, examples, ...rest } = jsonSchema(field as z.ZodType, 'input');
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === 'path' || !optional,
      ...(description ? { description } : {}),
      ...(rest.type === 'array' ? { style: 'form', explode: true } : {}),
      schema: rest,
      // OpenAPI's parameter `examples` is a map of named examples; JSON Schema's is a list.
      ...(examples && !Array.isArray(examples) ? { examples } : {}),
    };
  });
}

function body(schema: z.ZodType | JsonSchema): JsonSchema {
  if (!isZod(schema)) return schema;
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : jsonSchema(schema, 'output');
}

function responses(specs: Record<number, ResponseSpec>) {
  return Object.fromEntries(
    Object.entries(specs).map(([status, spec]) => {
      const media = { ...(spec.json ? { 'application/json': spec.json } : {}), ...spec.content };
      const content = Object.fromEntries(Object.entries(media).map(([type, schema]) => [type, { schema: body(schema) }]));
      return [status, { description: spec.description, ...(Object.keys(content).length ? { content } : {}) }];
    }),
  );
}

/** Every zod schema with an id that the routes' responses use, directly or inside another, as components. */
function components(routes: readonly ApiRoute[]): Record<string, JsonSchema> {
  const used = routes.flatMap((r) =>
    Object.values(r.responses).flatMap((spec) => [spec.json, ...Object.values(spec.content ?? {})].filter(isZod)),
  );
  const ids = new Set(used.flatMap((s) => z.globalRegistry.get(s)?.id ?? []));
  if (ids.size === 0) return {};
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  // Take the schemas the routes name, and every schema those refer to, however deep.
  const out: Record<string, JsonSchema> = {};
  const visit = (id: string) => {
    if (out[id] || !all[id]) return;
    const { $schema: _s, $id: _i, ...schema } = all[id] as JsonSchema;
    out[id] = schema;
    for (const m of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) visit(m[1] as string);
  };
  for (const id of ids) visit(id);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export interface OpenApiInput {
  info: { title: string; version: string; summary?: string; description?: string; license?: { name: string; url: string } };
  servers: { url: string }[];
  routes: readonly ApiRoute[];
}

/** The OpenAPI 3.1 document for these routes, in the order given. */
export function openApiDocument(input: OpenApiInput) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of input.routes) {
    const operation = {
      operationId: route.operationId,
      ...(route.tags ? { tags: route.tags } : {}),
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(route.params || route.query
        ? { parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')] }
        : {}),
      responses: responses(route.responses),
    };
    paths[route.path] = { ...paths[route.path], [route.method]: operation };
  }
  return {
    openapi: '3.1.0' as const,
    info: input.info,
    servers: input.servers,
    paths,
    components: { schemas: components(input.routes) },
  };
}
