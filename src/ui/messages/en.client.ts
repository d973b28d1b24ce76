/**
 * The part of the English catalogue that the self-check's browser bundle uses: the page frame's shared pieces
 * and the self-check's screens. scripts/build-client.ts puts this module in place of ./en.ts, so the bundle
 * does not carry the words of every other page (about 16 KB). Asking it for anything else throws, naming the
 * key, so a browser test fails at once if bundled code starts using another part of the catalogue.
 */

import { errors, layout } from './en/layout.ts';
import { selfCheck } from './en/self-check.ts';
import type { en as full } from './en.ts';

const part = { locale: 'en-US', layout, errors, selfCheck } as const;

export const en = new Proxy(part, {
  get(target, key) {
    if (typeof key === 'string' && !(key in target)) {
      throw new Error(`messages().${key} is not in the browser bundle's catalogue: add it to src/ui/messages/en.client.ts`);
    }
    return Reflect.get(target, key);
  },
}) as unknown as typeof full;
