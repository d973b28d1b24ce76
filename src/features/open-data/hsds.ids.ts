import { createHash } from 'node:crypto';

/**
 * HSDS wants every id to be a UUID. Ours are derived, never stored: a name-based (version 5, SHA-1) UUID of the
 * entity kind and our own facility id or service code, in a namespace of our own. The same facility gives the
 * same UUIDs on every build, so a directory that imports our data can update its records instead of duplicating
 * them.
 *
 * @module
 */

/** The namespace: the v5 UUID of "https://opentreatment.org/hsds" in the RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A version 5 UUID (RFC 4122 section 4.3) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const HSDS_NAMESPACE = uuidV5('https://opentreatment.org/hsds', URL_NAMESPACE);

export type HsdsKind =
  | 'organization'
  | 'service'
  | 'location'
  | 'address'
  | 'service_at_location'
  | 'phone'
  | 'language'
  | 'attribute'
  | 'metadata'
  | 'taxonomy'
  | 'taxonomy_term';

/** The UUID of one entity: its kind and the parts that make it unique (facility id, code, field). */
export function hsdsId(kind: HsdsKind, ...parts: string[]): string {
  return uuidV5([kind, ...parts].join('\u001f'), HSDS_NAMESPACE);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
