import { CONCEPTS } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import { evidenceText, lastCheckedLine } from '../../ui/checks.tsx';
import { DateText } from '../../ui/date-text.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { addressLines, callNumbers, milesText, telUri } from './facility-format.ts';
import type { SearchResult } from './locator.service.ts';
import { conceptLabel } from './locator-words.ts';

/** The labels of the care and medication a place offered (in the page's language): what its alternatives were chosen for. */
const offered = (f: Facility) =>
  CONCEPTS.filter((c) => (c.group === 'care' || c.group === 'medication') && f.offers.includes(`${c.group}:${c.value}`)).map(
    conceptLabel,
  );

/**
 * The page of a place our team found closed: it says so first, with when and how we found out, and lists the
 * nearest open places that offer the same care, so a person who followed an old link has somewhere to call.
 */
export function ClosedFacilityPage(props: { facility: Facility; alternatives: SearchResult['results'] }) {
  const { facility: f, alternatives } = props;
  const check = f.checked?.closed;
  const services = offered(f);
  const m = messages().locator.closed;
  const crumbs = messages().locator.facility;
  const place = `${f.city}, ${f.state}`;
  return (
    <Layout
      title={fill(m.title, { name: f.name, place })}
      description={fill(m.description, { name: f.name, place })}
      canonicalPath={paths.facility(f.id)}
      section="find"
    >
      <nav class="breadcrumbs no-print" aria-label={crumbs.breadcrumb}>
        <ol>
          <li>
            <a href={paths.home()}>{crumbs.home}</a>
          </li>
          <li>
            <a href={paths.find()}>{crumbs.find}</a>
          </li>
        </ol>
      </nav>
      <h1>{f.name}</h1>
      <div class="notice notice--warning">
        <p>
          <strong>{m.closed}</strong>{' '}
          {check ? rich(m.confirmed, { date: <DateText iso={check.checkedOn} />, evidence: evidenceText(check.evidence) }) : null}{' '}
          {fill(m.wasAt, { address: addressLines(f).join(', ') || place })}
        </p>
      </div>

      <h2>{m.nearby}</h2>
      {services.length > 0 ? <p>{fill(m.offered, { list: services.join(', ') })}</p> : null}
      {alternatives.length > 0 ? (
        <ol class="results">
          {alternatives.map(({ facility: a, miles }) => (
            <li class="result">
              <h3>
                <a href={paths.facility(a.id)}>{a.name}</a>
              </h3>
              <p class="meta">
                <strong>{fill(messages().locator.card.away, { distance: milesText(miles) })}</strong> ·{' '}
                {addressLines(a).join(', ') || `${a.city}, ${a.state}`}
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
        <p>{m.none}</p>
      )}
      <p>
        {rich(fill(m.more, { city: f.city.replace(/[<>{}]/g, '') }), {
          search: (words) => <a href={`${paths.find()}?near=${encodeURIComponent(f.zip || place)}`}>{words}</a>,
        })}
      </p>
      <p class="report-link">{rich(m.reopened, { report: (words) => <a href={paths.report(f.id)}>{words}</a> })}</p>
      <HelplineBox />
    </Layout>
  );
}
