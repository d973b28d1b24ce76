import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type CompiledName, compileHsdsSchema, readVendoredSchema } from './hsds-schemas.ts';

/**
 * Validators for our HSDS output against the official HSDS 3.0 schemas, as the specification repository checks
 * its examples: every object closed (`additionalProperties: false`), JSON Schema 2020-12, formats checked (uuid,
 * uri, email, date-time). Used by the tests; ajv is a development dependency.
 *
 * @module
 */

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

// biome-ignore lint/suspicious/noExplicitAny: validated HSDS records are deep JSON, read freely in tests
type Json = Record<string, any>;
export type HsdsValidators = Record<CompiledName | 'page', ValidateFunction<Json>>;

let compiled: HsdsValidators | undefined;

/** The validators, compiled once per process (compiling the nested schemas takes a few seconds). */
export function hsdsValidators(): HsdsValidators {
  compiled ??= compileValidators();
  return compiled;
}

function compileValidators(): HsdsValidators {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  const compile = (name: CompiledName) => ajv.compile<Json>(compileHsdsSchema(name, { strictObjects: true }));
  const openapi = readVendoredSchema('openapi.json') as { components: { schemas: { Page: Record<string, unknown> } } };
  const page = openapi.components.schemas.Page;
  return {
    service: compile('service'),
    organization: compile('organization'),
    service_at_location: compile('service_at_location'),
    location: compile('location'),
    taxonomy: compile('taxonomy'),
    taxonomy_term: compile('taxonomy_term'),
    // The HSDS API's Page, closed like the rest, with the records checked one by one by the caller.
    page: ajv.compile<Json>({
      ...page,
      properties: { ...(page.properties as object), contents: { type: 'array' } },
      additionalProperties: false,
    }),
  };
}

/** The first few problems, in a line each, for a failing assertion. */
export function problems(validate: ValidateFunction<unknown>): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
