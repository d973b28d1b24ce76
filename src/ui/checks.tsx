import { html } from 'hono/html';
import type { Check, EvidenceKind } from '../domain/corrections.ts';
import type { Facility } from '../domain/facility.ts';
import type { ServesOnly } from '../domain/serves-only.ts';
import { DateText, formatDate } from './date-text.tsx';
import { fill, messages, rich } from './messages/index.ts';
import { paths } from './paths.ts';

/**
 * What our team checked about a listing, said where people read it: beside each corrected field ("Phone
 * confirmed by our team on December 3, 2026 (called the facility)"), as "Last checked by our team" on the page
 * and on result cards, and the way to tell us when something is wrong. The facts come from the corrections laid
 * over the facility (src/domain/corrections.ts); a listing nobody checked shows none of this but the link.
 * The words follow the page's language (the catalogue's `locator.checks`); the concept and "serves only"
 * labels come in already in that language, from the caller.
 */

type What = keyof ReturnType<typeof messages>['locator']['checks']['what'];

const EVIDENCE_KEY: Record<EvidenceKind, 'called' | 'website' | 'samhsaImport'> = {
  called: 'called',
  website: 'website',
  'samhsa-import': 'samhsaImport',
};

/** How our team checked, in the page's language: "called the facility". */
export const evidenceText = (evidence: EvidenceKind): string => messages().locator.checks.evidence[EVIDENCE_KEY[evidence]];

/** "… confirmed by our team on December 3, 2026 (called the facility)." */
function Confirmed(props: { what: What; check: Check }) {
  const m = messages().locator.checks;
  return (
    <span class="check-note">
      {rich(m.confirmed, {
        what: m.what[props.what],
        date: <DateText iso={props.check.checkedOn} />,
        evidence: evidenceText(props.check.evidence),
      })}
    </span>
  );
}

/** Beside a phone number: whether our team checked it. Works out which of the two numbers it is. */
export function PhoneCheck(props: { facility: Facility; phone: string }) {
  const { checked, intakePhone, phone } = props.facility;
  if (!checked) return null;
  if (props.phone === intakePhone && checked.intakePhone) return <Confirmed what="intakePhone" check={checked.intakePhone} />;
  if (props.phone === phone && checked.phone) return <Confirmed what="phone" check={checked.phone} />;
  return null;
}

/** Beside the address: whether our team checked it. */
export function AddressCheck(props: { facility: Facility }) {
  const check = props.facility.checked?.address;
  return check ? <Confirmed what="address" check={check} /> : null;
}

/**
 * The facility page's one block about checks: when our team last checked the listing, what else it checked
 * (services, who the place serves), and the "Something wrong with this listing?" link, which every listing has.
 * `label` names a concept key and `servesOnlyLabel` a group, in the page's language.
 */
export function ListingChecks(props: {
  facility: Facility;
  label: (conceptKey: string) => string;
  servesOnlyLabel: (s: ServesOnly) => string;
}) {
  const f = props.facility;
  const c = f.checked;
  const m = messages().locator.checks;
  return (
    <section class="listing-checks" aria-labelledby="listing-checks-heading">
      <h2 id="listing-checks-heading">{m.heading}</h2>
      {c ? (
        <>
          <p>
            <strong>{rich(m.lastChecked, { date: <DateText iso={c.lastChecked} /> })}</strong> {m.howWeCheck}
          </p>
          {c.services.length > 0 || c.servesOnly ? (
            <ul>
              {c.services.map((s) => (
                <li>
                  {fill(s.offered ? m.offers : m.doesNotOffer, { service: props.label(s.concept) })}{' '}
                  <Confirmed what="service" check={s} />
                </li>
              ))}
              {c.servesOnly ? (
                <li>
                  {f.servesOnly.length === 0
                    ? m.openToAll
                    : fill(m.onlyServes, { list: f.servesOnly.map(props.servesOnlyLabel).join('; ') })}{' '}
                  <Confirmed what="servesOnly" check={c.servesOnly} />
                </li>
              ) : null}
            </ul>
          ) : null}
        </>
      ) : (
        <p>{m.notChecked}</p>
      )}
      <p class="report-link">
        <strong>{m.wrong}</strong> {rich(m.tell, { report: (words) => <a href={paths.report(f.id)}>{words}</a> })}
      </p>
    </section>
  );
}

/** The line a result card carries when our team has checked the place (an escaped HTML template, like the card). */
export function lastCheckedLine(f: Facility) {
  const day = f.checked?.lastChecked;
  if (!day) return '';
  const [before, after] = messages().locator.checks.lastChecked.split('{date}');
  return html`<p class="small checked-line">${before}<time datetime="${day}">${formatDate(day)}</time>${after}</p>`;
}
