import type { Config } from '../config.ts';
import { paths } from './paths.ts';

export type Sponsor = NonNullable<Config['sponsor']>;

/** Where the editorial policy explains how a sponsor is chosen and what it pays for. */
export const SPONSOR_POLICY_PATH = paths.about.editorialPolicy('sponsors');

/** A tel: target from a phone number as the operator typed it ("(555) 010-0000" → "5550100000"). */
function telTarget(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? digits : undefined;
}

/** Only plain web addresses become links: the operator's setting must not be able to run script. */
function webAddress(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The optional paid slot, off unless the operator sets SPONSOR_NAME, SPONSOR_PHONE and SPONSOR_TEXT.
 *
 * Where it may appear is decided by the pages, not here: only on guide pages, after the article and after the
 * help lines, and never on the guides that opt out (`sponsor: false`: the overdose guide and the guide for
 * families). It never appears on the crisis page, the self-check, search results or facility pages, and never
 * changes what we say or how places are ranked (src/sponsor-placement.test.ts checks every page).
 *
 * It is labelled as advertising and looks different from our own content. The sponsor's description is shown as
 * their own words, in quotation marks, so nothing they wrote reads as ours. The link is marked `sponsored`.
 *
 * @example <SponsorSlot sponsor={deps.config.sponsor} />
 */
export function SponsorSlot(props: { sponsor: Sponsor | undefined }) {
  const { sponsor } = props;
  if (!sponsor) return null;
  const tel = telTarget(sponsor.phone);
  const url = webAddress(sponsor.url);
  return (
    <section class="sponsor" aria-labelledby="sponsor-label">
      <span class="sponsor__label" id="sponsor-label">
        Paid advertising from {sponsor.name}
      </span>
      <p class="sponsor__words">
        In their words: <q>{sponsor.description}</q>
      </p>
      <p>
        Call {sponsor.name}: {tel ? <a href={`tel:${tel}`}>{sponsor.phone}</a> : sponsor.phone}
        {url ? (
          <>
            <br />
            Website:{' '}
            <a href={url.href} rel="sponsored noreferrer">
              {url.host}
            </a>
          </>
        ) : null}
      </p>
      <p class="small">
        {sponsor.name} paid for this space. They do not write or check our guides, and they do not change our search results.{' '}
        <a href={SPONSOR_POLICY_PATH}>How we choose and fund sponsors</a>
      </p>
    </section>
  );
}
