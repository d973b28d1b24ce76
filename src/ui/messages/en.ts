/**
 * The English catalogue: every interface string outside page-length prose (content/). Grouped by where the words appear. See ./index.ts for how another
 * language is added, and ./format.ts for `{name}`, `[you|they]`, plurals and `<tag>words</tag>`.
 */

import { aboutData, api } from './en/data.ts';
import { guides } from './en/guides.ts';
import { errors, layout } from './en/layout.ts';
import { locator } from './en/locator.ts';
import { newsletter } from './en/newsletter.ts';
import { openData } from './en/open-data.ts';
import { crisis, howItWorks, pages } from './en/pages.ts';
import { reports } from './en/reports.ts';
import { selfCheck } from './en/self-check.ts';
import type { MessageTree } from './format.ts';

export const en = {
  locale: 'en-US',
  layout,
  errors,
  locator,
  newsletter,
  reports,
  guides,
  pages,
  crisis,
  howItWorks,
  selfCheck,
  api,
  aboutData,
  openData,
} as const satisfies MessageTree;
