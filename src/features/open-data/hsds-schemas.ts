import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../config.ts';

/**
 * The official HSDS 3.0 JSON Schemas, vendored in data/hsds-3.0/schema/ (CC BY-SA 4.0, Open Referral; see the
 * README there), compiled the way the specification repository compiles them for its own examples:
 *
 * - `$ref`s to sibling files are inlined, the referring object's own keys (title, description) winning, as
 *   compiletojsonschema (jsonref) does;
 * - `compiled/organization` gains `services` (an array of compiled services) and `compiled/service_at_location`
 *   gains `service` (a compiled service without `service_at_locations`), as hsds_schema_tools does;
 * - with `strictObjects`, every object with `properties` gets `additionalProperties: false`, as
 *   `compiletojsonschema --set-additional-properties-false-everywhere` does in validate_examples_json_schema.sh.
 *
 * scripts/vendor-hsds-schemas.ts checks that the first two steps give exactly the repository's compiled files.
 *
 * @module
 */

export const HSDS_DIR = path.join(ROOT, 'data', 'hsds-3.0');
export type Schema = Record<string, unknown>;

export function readVendoredSchema(file: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(HSDS_DIR, 'schema', file), 'utf8')) as Schema;
}

function inline(node: unknown, load: (file: string) => Schema): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(n, load));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Schema;
  const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inline(v, load)]));
  if (typeof $ref === 'string' && !$ref.startsWith('#')) return { ...(inline(load($ref), load) as Schema), ...own };
  return $ref === undefined ? own : { $ref, ...own };
}

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node as Schema).map(([k, v]) => [k, closeObjects(v)]));
  if ('properties' in out) out.additionalProperties = false;
  return out;
}

export type CompiledName = 'service' | 'organization' | 'service_at_location' | 'location' | 'taxonomy' | 'taxonomy_term';

/** One schema as the specification repository compiles it (and, with strictObjects, as it validates). */
export function compileHsdsSchema(
  name: CompiledName,
  options: { strictObjects?: boolean; load?: (file: string) => Schema } = {},
): Schema {
  const load = options.load ?? readVendoredSchema;
  const compiled = inline(load(`${name}.json`), load) as Schema & { properties: Record<string, Schema> };
  if (name === 'organization' || name === 'service_at_location') {
    const service = inline(load('service.json'), load) as Schema & { properties: Record<string, Schema> };
    if (name === 'organization') compiled.properties.services = { type: 'array', items: service };
    else {
      const { service_at_locations: _omitted, ...properties } = service.properties;
      compiled.properties.service = { ...service, properties };
    }
  }
  return (options.strictObjects ? closeObjects(compiled) : compiled) as Schema;
}
