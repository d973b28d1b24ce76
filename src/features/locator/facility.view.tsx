import type { Facility } from '../../domain/facility.ts';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { Layout } from '../../ui/layout.tsx';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { FacilityMap } from '../../ui/map/locator-maps.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import {
  addressLines,
  callNumbers,
  disagreementLabels,
  newestListing,
  phoneListedAs,
  sourceName,
  telUri,
} from './facility-format.ts';
import type { LegendRow, SourceSummary } from './locator.repository.ts';
import { categoryHeadingEs, servesOnlyLabel, serviceLabel } from './locator-words.ts';

/** Legend categories in the order people look for them, with plain headings. Others follow, A to Z. */
const CATEGORY_ORDER: [string, string][] = [
  ['Type of care', 'Type of care'],
  ['Service setting', 'Where care happens'],
  ['Opioid medications / opioid treatment', 'Medication for opioid use disorder'],
  ['Pharmacotherapies', 'Medicines offered'],
  ['Payment / insurance / funding accepted', 'Ways to pay'],
  ['Payment assistance', 'Help paying'],
  ['Special programs / groups', 'Programs for'],
  ['Language services', 'Languages'],
  ['Treatment approaches', 'Therapy approaches'],
  ['Age groups accepted', 'Ages'],
  ['Gender accepted', 'Accepts'],
  ['Exclusive services', 'Only serves'],
  ['Assessment / pre-treatment', 'Assessment'],
  ['Screening and testing', 'Testing'],
  ['Transitional services', 'After treatment'],
  ['Ancillary / recovery support services', 'Other support'],
  ['Counseling and education', 'Counseling and education'],
  ['Detoxification (substance)', 'Detox for'],
  ['License / certification / accreditation', 'Licenses and accreditation'],
];
const PAYMENT_CATEGORIES = new Set([
  'Payment / insurance / funding accepted',
  'Payment assistance',
  'Payment Accepted',
  'Payment Assistance',
]);

interface Group {
  heading: string;
  items: { code: string; label: string; lang?: 'en' | undefined; source: string }[];
}

function groupServices(f: Facility, legend: Map<string, LegendRow>): Group[] {
  const groups = new Map<string, Group['items']>();
  for (const [code, source] of f.services) {
    const entry = legend.get(code);
    const category = entry?.category ?? 'Other';
    const items = groups.get(category) ?? [];
    const words = serviceLabel(code, entry?.plainLabel ?? code);
    items.push({ code, label: words.text, lang: words.lang, source });
    groups.set(category, items);
  }
  const known = new Map(CATEGORY_ORDER);
  const heading = (category: string) =>
    (currentLocale() === 'es' ? categoryHeadingEs(category) : undefined) ?? known.get(category) ?? category;
  const order = (c: string) => {
    const i = CATEGORY_ORDER.findIndex(([name]) => name === c);
    return i === -1 ? 100 : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([category, items]) => ({
      heading: heading(category),
      items: items.sort((a, b) => a.label.localeCompare(b.label, currentLocale())),
    }));
}

/** "from the 2017 National Directory (SAMHSA)" for one or several sources, in year order. */
function fromSources(keys: readonly string[], sources: Map<string, SourceSummary>): string {
  const unique = [...new Set(keys)].sort((a, b) => (sources.get(b)?.year ?? 0) - (sources.get(a)?.year ?? 0));
  return unique.map((k) => sourceName(k, sources)).join('; ');
}

export function FacilityPage(props: { facility: Facility; sources: Map<string, SourceSummary>; legend: Map<string, LegendRow> }) {
  const { facility: f, sources, legend } = props;
  const m = messages().locator.facility;
  const strong = (words: string) => <strong>{words}</strong>;
  const spanish = f.services.has('SP');
  const groups = groupServices(f, legend);
  const payment = groups.filter((g) => g.items.some((i) => PAYMENT_CATEGORIES.has(legend.get(i.code)?.category ?? '')));
  const otherGroups = groups.filter((g) => !payment.includes(g));
  const listed = newestListing(f, sources);
  const numbers = callNumbers(f);
  const listedAs = phoneListedAs(f);
  const disagree = disagreementLabels(f);
  const address = addressLines(f);
  const mapQuery = encodeURIComponent([f.name, ...address].join(', '));
  const point = f.latitude !== null && f.longitude !== null ? `${f.latitude.toFixed(5)},${f.longitude.toFixed(5)}` : undefined;
  return (
    <Layout
      title={`${f.name}, ${f.city}, ${f.state}`}
      description={fill(m.description, { name: f.name, place: `${f.city}, ${f.state}` })}
      canonicalPath={paths.facility(f.id)}
      section="find"
    >
      <nav class="breadcrumbs no-print" aria-label={m.breadcrumb}>
        <ol>
          <li>
            <a href={paths.home()}>{m.home}</a>
          </li>
          <li>
            <a href={paths.find()}>{m.find}</a>
          </li>
        </ol>
      </nav>
      <h1>{f.name}</h1>
      {f.name2 ? <p class="lead">{f.name2}</p> : null}
      {f.servesOnly.map((s) => (
        <div class={s === 'custody' ? 'notice notice--warning' : 'notice'}>
          <p>
            <strong>{servesOnlyLabel(s).label}.</strong> {servesOnlyLabel(s).detail}
          </p>
        </div>
      ))}

      {f.status === 'unconfirmed' ? (
        <div class="notice notice--warning">
          <p>{rich(m.notSeen, { strong, year: String(f.lastSeenYear), helpline: <HelplineLink line={SAMHSA_HELPLINE} /> })}</p>
        </div>
      ) : (
        <div class="notice notice--warning">
          <p>{rich(m.callFirst, { strong, year: String(listed?.year ?? f.lastSeenYear) })}</p>
        </div>
      )}

      {spanish ? (
        <div class="notice">
          <p>{rich(m.spanish, { strong: (words) => <strong lang="es">{words}</strong> })}</p>
        </div>
      ) : null}

      <h2>{m.contact}</h2>
      <dl class="summary-list">
        {numbers.map((n) => (
          <div>
            <dt>{n.label}</dt>
            <dd>
              <a href={telUri(n.phone)} class="call">
                {n.phone}
              </a>
              <br />
              <span class="small">
                {n.central ? m.shared : null}
                {fill(m.phoneFrom, {
                  source: sourceName(f.phoneSource, sources),
                  listedAs: listedAs ? fill(messages().locator.card.listedAs, { name: listedAs }) : '',
                })}
              </span>
            </dd>
          </div>
        ))}
        {numbers.length === 0 ? (
          <div>
            <dt>{m.phone}</dt>
            <dd>{rich(m.noPhone, { helpline: <HelplineLink line={SAMHSA_HELPLINE} /> })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{m.address}</dt>
          <dd>
            {f.street || f.street2 ? (
              address.map((line) => (
                <>
                  {line}
                  <br />
                </>
              ))
            ) : (
              <>
                {m.noStreet} {f.city}, {f.state} {f.zip}
                <br />
              </>
            )}
            <span class="small">
              {fill(m.addressFrom, { source: sourceName(f.addressSource, sources) })}{' '}
              {fill(f.locationMethod === 'source' ? m.mapFrom : m.mapApproximate, {
                source: sourceName(f.locationSource, sources),
              })}
            </span>
          </dd>
        </div>
        {f.website ? (
          <div>
            <dt>{m.website}</dt>
            <dd>
              <a href={f.website} rel="noreferrer nofollow">
                {f.website}
              </a>
            </dd>
          </div>
        ) : null}
        <div class="no-print">
          <dt>{m.directions}</dt>
          <dd>
            {point ? (
              <>
                <a href={`geo:${point}?q=${mapQuery}`}>{m.mapsApp}</a> ·{' '}
              </>
            ) : null}
            <a href={`https://www.openstreetmap.org/search?query=${mapQuery}`} rel="noreferrer">
              {m.osm}
            </a>
            <br />
            <span class="small">{m.directionsNote}</span>
          </dd>
        </div>
      </dl>
      <FacilityMap facility={f} />

      <h2>{m.paying}</h2>
      {payment.length > 0 ? payment.map((g) => <ServiceGroup group={g} sources={sources} level="h3" />) : <p>{m.noPayment}</p>}

      <h2>{m.services}</h2>
      {disagree.length > 0 ? (
        <p class="notice">
          {rich(m.disagree, { strong, list: new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(disagree) })}
        </p>
      ) : null}
      {otherGroups.length > 0 ? (
        otherGroups.map((g) => <ServiceGroup group={g} sources={sources} level="h3" />)
      ) : (
        <p>{m.noServices}</p>
      )}

      <h2>{m.askTitle}</h2>
      <ul>
        {m.ask.map((q) => (
          <li>{q}</li>
        ))}
      </ul>

      <h2>{m.cameFrom}</h2>
      <p>
        {rich(m.appearsIn, {
          sources: fromSources(f.listedIn, sources),
          data: (words) => <a href={paths.about.data()}>{words}</a>,
        })}
      </p>
      <HelplineBox />
    </Layout>
  );
}

function ServiceGroup(props: { group: Group; sources: Map<string, SourceSummary>; level: 'h3' }) {
  const { group } = props;
  const keys = group.items.map((i) => i.source);
  return (
    <>
      <h3>{group.heading}</h3>
      <ul>
        {group.items.map((i) => (
          <li lang={i.lang}>{i.label}</li>
        ))}
      </ul>
      <p class="small">{fill(messages().locator.facility.groupFrom, { sources: fromSources(keys, props.sources) })}</p>
    </>
  );
}
