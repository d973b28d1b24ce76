/**
 * The part of the Spanish catalogue the self-check's browser bundle uses, as ./en.client.ts is for English:
 * scripts/build-client.ts puts it in place of ./es.ts. Asking it for anything else throws, naming the key.
 */

import { errors, layout } from './es/layout.ts';
import { selfCheck } from './es/self-check.ts';
import type { es as full } from './es.ts';

const part = { locale: 'es-US', layout, errors, selfCheck } as const;

export const es = new Proxy(part, {
  get(target, key) {
    if (typeof key === 'string' && !(key in target)) {
      throw new Error(`messages().${key} is not in the browser bundle's catalogue: add it to src/ui/messages/es.client.ts`);
    }
    return Reflect.get(target, key);
  },
}) as unknown as typeof full;
