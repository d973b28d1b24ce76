/**
 * Who a place is only for. The directory build detects these from names and service codes (see
 * pipeline/serves-only.ts); pages, search and the API show them with these words.
 *
 * @module
 */

export const SERVES_ONLY = ['custody', 'veterans', 'dui-dwi', 'adolescents'] as const;
export type ServesOnly = (typeof SERVES_ONLY)[number];

export const isServesOnly = (v: string): v is ServesOnly => (SERVES_ONLY as readonly string[]).includes(v);

export const SERVES_ONLY_LABELS: Record<ServesOnly, { label: string; detail: string }> = {
  custody: {
    label: 'Inside a jail, prison or detention center',
    detail: 'Only for people held there. It is not open to the public.',
  },
  veterans: {
    label: 'Only for veterans',
    detail: 'A Department of Veterans Affairs (VA) program. Veterans can ask about eligibility when they call.',
  },
  'dui-dwi': {
    label: 'Only for people with a DUI or DWI',
    detail: 'Classes or treatment after driving drunk or high, often ordered by a court.',
  },
  adolescents: {
    label: 'Only for teens',
    detail: 'Treatment for young people, not for adults.',
  },
};

/**
 * A place only for veterans still matches the "Veterans" filter, one only for teens the "Teens" filter, and
 * so on: the filter concept each group implies.
 */
export const SERVES_ONLY_CONCEPT: Record<ServesOnly, string> = {
  custody: 'population:justice',
  veterans: 'population:veterans',
  'dui-dwi': 'population:dui-dwi',
  adolescents: 'population:adolescents',
};
