import { dateFormat } from './intl.ts';
import { intlLocale } from './locale.ts';

/** "March 1, 2026" ("1 de marzo de 2026" on a Spanish page) from 2026-03-01 (or "March 2026", "2026"), with no time zone drift. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(intlLocale(), {
    year: 'numeric',
    month: iso.length >= 7 ? 'long' : undefined,
    day: iso.length === 10 ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}

/** A date in words, machine-readable in its `datetime`. */
export function DateText(props: { iso: string }) {
  return <time datetime={props.iso}>{formatDate(props.iso)}</time>;
}
