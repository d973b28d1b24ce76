import type { Config } from '../config.ts';

export type Sponsor = NonNullable<Config['sponsor']>;

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
 * It is used on guide pages only, never in or between search results, and never changes what we say or
 * how places are ranked. It is labelled as advertising, looks different from our own content, and its
 * link is marked `sponsored` so search engines do not count it as our recommendation.
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
      <p>{sponsor.text}</p>
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
        <a href="/about/editorial-policy#funding">How we are funded</a>
      </p>
    </section>
  );
}
