/**
 * El catálogo en español (es-US): las mismas claves que ./en.ts, con las palabras escritas para personas que
 * hablan español en Estados Unidos (español neutro, de «usted»), no traducidas palabra por palabra. `satisfies
 * Messages` hace que una clave que falte o que sobre sea un error de tipos.
 */
import { aboutData, api } from './es/data.ts';
import { guides } from './es/guides.ts';
import { errors, layout } from './es/layout.ts';
import { locator } from './es/locator.ts';
import { newsletter } from './es/newsletter.ts';
import { openData } from './es/open-data.ts';
import { crisis, howItWorks, pages } from './es/pages.ts';
import { reports } from './es/reports.ts';
import { selfCheck } from './es/self-check.ts';
import type { Messages } from './index.ts';

export const es = {
  locale: 'es-US',
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
} as const satisfies Messages;
