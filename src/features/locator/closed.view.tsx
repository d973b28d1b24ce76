import { CONCEPTS } from '../../domain/concepts.ts';
import { EVIDENCE_TEXT } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { lastCheckedLine } from '../../ui/checks.tsx';
import { DateText } from '../../ui/date-text.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import { addressLines, callNumbers, milesText, telUri } from './facility-format.ts';
import type { SearchResult } from './locator.service.ts';

/** The labels of the care and medication a place offered: what its alternatives were chosen for. */
const offered = (f: Facility) =>
  CONCEPTS.filter((c) => (c.group === 'care' || c.group === 'medication') && f.offers.includes(`${c.group}:${c.value}`)).map(
    (c) => c.label,
  );

/**
 * The page of a place our team found closed: it says so first, with when and how we found out, and lists the
 * nearest open places that offer the same care, so a person who followed an old link has somewhere to call.
 */
export function ClosedFacilityPage(props: { facility: Facility; alternatives: SearchResult['results'] }) {
  const { facility: f, alternatives } = props;
  const check = f.checked?.closed;
  const services = offered(f);
  return (
    <Layout
      title={`${f.name}, ${f.city}, ${f.state} (closed)`}
      description={`${f.name} in ${f.city}, ${f.state} has closed. Nearby places that offer the same care.`}
      canonicalPath={paths.facility(f.id)}
      section="find"
    >
      <nav class="breadcrumbs no-print" aria-label="Breadcrumb">
        <ol>
          <li>
            <a href={paths.home()}>Home</a>
          </li>
          <li>
            <a href={paths.find()}>Find treatment</a>
          </li>
        </ol>
      </nav>
      <h1>{f.name}</h1>
      <div class="notice notice--warning">
        <p>
          <strong>This place has closed.</strong>{' '}
          {check ? (
            <>
              Our team confirmed it on <DateText iso={check.checkedOn} /> ({EVIDENCE_TEXT[check.evidence]}).
            </>
          ) : null}{' '}
          It was at {addressLines(f).join(', ') || `${f.city}, ${f.state}`}.
        </p>
      </div>

      <h2>Places nearby that offer the same care</h2>
      {services.length > 0 ? <p>This place offered: {services.join(', ')}.</p> : null}
      {alternatives.length > 0 ? (
        <ol class="results">
          {alternatives.map(({ facility: a, miles }) => (
            <li class="result">
              <h3>
                <a href={paths.facility(a.id)}>{a.name}</a>
              </h3>
              <p class="meta">
                <strong>{milesText(miles)}</strong> away · {addressLines(a).join(', ') || `${a.city}, ${a.state}`}
              </p>
              {callNumbers(a).map((n) => (
                <p class="call">
                  {n.label}: <a href={telUri(n.phone)}>{n.phone}</a>
                </p>
              ))}
              {lastCheckedLine(a)}
            </li>
          ))}
        </ol>
      ) : (
        <p>We could not find another place near here in our data.</p>
      )}
      <p>
        <a href={`/find?near=${encodeURIComponent(f.zip || `${f.city}, ${f.state}`)}`}>Search for more places near {f.city}</a>.
        Please call before you go: places change.
      </p>
      <p class="report-link">
        Has this place opened again? <a href={paths.report(f.id)}>Tell us</a>.
      </p>
      <HelplineBox />
    </Layout>
  );
}
