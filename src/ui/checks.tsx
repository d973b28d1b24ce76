import { html } from 'hono/html';
import { conceptByKey } from '../domain/concepts.ts';
import { type Check, EVIDENCE_TEXT } from '../domain/corrections.ts';
import type { Facility } from '../domain/facility.ts';
import { SERVES_ONLY_LABELS } from '../domain/serves-only.ts';
import { DateText, formatDate } from './date-text.tsx';
import { paths } from './paths.ts';

/**
 * What our team checked about a listing, said where people read it: beside each corrected field ("Phone
 * confirmed by our team on December 3, 2026 (called the facility)"), as "Last checked by our team" on the page
 * and on result cards, and the way to tell us when something is wrong. The facts come from the corrections laid
 * over the facility (src/domain/corrections.ts); a listing nobody checked shows none of this but the link.
 */

/** "… confirmed by our team on December 3, 2026 (called the facility)." */
function Confirmed(props: { what: string; check: Check }) {
  return (
    <span class="check-note">
      {props.what} confirmed by our team on <DateText iso={props.check.checkedOn} /> ({EVIDENCE_TEXT[props.check.evidence]}).
    </span>
  );
}

/** Beside a phone number: whether our team checked it. Works out which of the two numbers it is. */
export function PhoneCheck(props: { facility: Facility; phone: string }) {
  const { checked, intakePhone, phone } = props.facility;
  if (!checked) return null;
  if (props.phone === intakePhone && checked.intakePhone) return <Confirmed what="Intake phone" check={checked.intakePhone} />;
  if (props.phone === phone && checked.phone) return <Confirmed what="Phone" check={checked.phone} />;
  return null;
}

/** Beside the address: whether our team checked it. */
export function AddressCheck(props: { facility: Facility }) {
  const check = props.facility.checked?.address;
  return check ? <Confirmed what="Address" check={check} /> : null;
}

/**
 * The facility page's one block about checks: when our team last checked the listing, what else it checked
 * (services, who the place serves), and the "Something wrong with this listing?" link, which every listing has.
 */
export function ListingChecks(props: { facility: Facility }) {
  const f = props.facility;
  const c = f.checked;
  return (
    <section class="listing-checks" aria-labelledby="listing-checks-heading">
      <h2 id="listing-checks-heading">Checked by our team</h2>
      {c ? (
        <>
          <p>
            <strong>
              Last checked by our team on <DateText iso={c.lastChecked} />.
            </strong>{' '}
            Our editors check listings when someone tells us about a problem, usually by calling the place.
          </p>
          {c.services.length > 0 || c.servesOnly ? (
            <ul>
              {c.services.map((s) => (
                <li>
                  {s.offered ? 'Offers' : 'Does not offer'}: {conceptByKey(s.concept)?.label ?? s.concept}.{' '}
                  <Confirmed what="Service" check={s} />
                </li>
              ))}
              {c.servesOnly ? (
                <li>
                  {f.servesOnly.length === 0
                    ? 'Open to everyone.'
                    : `Only serves: ${f.servesOnly.map((s) => SERVES_ONLY_LABELS[s].label).join('; ')}.`}{' '}
                  <Confirmed what="Who they serve" check={c.servesOnly} />
                </li>
              ) : null}
            </ul>
          ) : null}
        </>
      ) : (
        <p>Our team has not checked this listing yet. It comes from SAMHSA’s lists as they are.</p>
      )}
      <p class="report-link">
        <strong>Something wrong with this listing?</strong> <a href={paths.report(f.id)}>Tell us what is wrong</a>. You do not
        need an account.
      </p>
    </section>
  );
}

/** The line a result card carries when our team has checked the place (an escaped HTML template, like the card). */
export function lastCheckedLine(f: Facility) {
  const day = f.checked?.lastChecked;
  return day
    ? html`<p class="small checked-line">Last checked by our team on <time datetime="${day}">${formatDate(day)}</time>.</p>`
    : '';
}
