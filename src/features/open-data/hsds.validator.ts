import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _, Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
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
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (
  ajv: Ajv2020,
  refs: Record<string, string>,
) => string;

// biome-ignore lint/suspicious/noExplicitAny: validated HSDS records are deep JSON, read freely in tests
type Json = Record<string, any>;
export type HsdsValidators = Record<CompiledName | 'page', ValidateFunction<Json>>;

let compiled: HsdsValidators | undefined;

/**
 * The validators, compiled once per process. Compiling the nested schemas (about 1 MB each, every reference
 * inlined) takes several seconds, so in a test run (scripts/test.ts sets OT_TEST_VAR_DIR) the compiled code is
 * kept there as a module, named by a hash of the schemas and the ajv versions, and the next process loads it.
 */
export function hsdsValidators(): HsdsValidators {
  compiled ??= compileValidators(process.env.OT_TEST_VAR_DIR);
  return compiled;
}

const NAMES = ['service', 'organization', 'service_at_location', 'location', 'taxonomy', 'taxonomy_term'] as const;

function schemas(): Record<keyof HsdsValidators, Json> {
  const openapi = readVendoredSchema('openapi.json') as { components: { schemas: { Page: Record<string, unknown> } } };
  const page = openapi.components.schemas.Page;
  return {
    ...(Object.fromEntries(NAMES.map((name) => [name, compileHsdsSchema(name, { strictObjects: true })])) as Record<
      CompiledName,
      Json
    >),
    // The HSDS API's Page, closed like the rest, with the records checked one by one by the caller.
    page: { ...page, properties: { ...(page.properties as object), contents: { type: 'array' } }, additionalProperties: false },
  };
}

function compileValidators(cacheDir: string | undefined): HsdsValidators {
  const all = schemas();
  const require = createRequire(import.meta.url);
  const versions = ['ajv', 'ajv-formats'].map((p) => (require(`${p}/package.json`) as { version: string }).version);
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify([versions, all]))
    .digest('hex')
    .slice(0, 16);
  const file = cacheDir && path.join(cacheDir, `hsds-validators-${hash}.cjs`);
  if (file && fs.existsSync(file)) {
    // Run with this module's require, so it finds ajv and ajv-formats wherever the cache folder is.
    const loaded = { exports: {} as HsdsValidators };
    new Function('module', 'exports', 'require', fs.readFileSync(file, 'utf8'))(loaded, loaded.exports, require);
    return loaded.exports;
  }

  // The formats the standalone module needs are required by name from ajv-formats, as the compiled code uses them.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(all)) ajv.addSchema(schema, name);
  const validators = Object.fromEntries(
    Object.keys(all).map((name) => [name, ajv.getSchema<Json>(name) as ValidateFunction<Json>]),
  ) as HsdsValidators;
  if (file) {
    // Written beside and renamed, so a process loading it never reads half a file.
    const code = standaloneCode(ajv, Object.fromEntries(Object.keys(all).map((name) => [name, name])));
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return validators;
}

/** The first few problems, in a line each, for a failing assertion. */
export function problems(validate: ValidateFunction<unknown>): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
