import type { Facility } from '../../domain/facility.ts';
import { AddressCheck, ListingChecks, PhoneCheck } from '../../ui/checks.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { listFormat } from '../../ui/intl.ts';
import { Layout } from '../../ui/layout.tsx';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { FacilityMap } from '../../ui/map/locator-maps.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import {
  addressLines,
  callNumbers,
  cityName,
  disagreementLabels,
  newestListing,
  phoneListedAs,
  placeLabel,
  sourceName,
  telUri,
} from './facility-format.ts';
import type { LegendRow, SourceSummary } from './locator.repository.ts';
import { categoryHeadingEs, conceptLabel, conceptLabelOfKey, servesOnlyLabel, serviceLabel } from './locator-words.ts';

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
  const order = (c: string) => {
    const i = CATEGORY_ORDER.findIndex(([name]) => name === c);
    return i === -1 ? 100 : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([category, items]) => ({
      heading: (currentLocale() === 'es' ? categoryHeadingEs(category) : undefined) ?? known.get(category) ?? category,
      items: items.sort((a, b) => a.label.localeCompare(b.label, currentLocale())),
    }));
}

/** "from the 2017 National Directory (SAMHSA)" for one or several sources, in year order. */
function fromSources(keys: readonly string[], sources: Map<string, SourceSummary>): string {
  const unique = [...new Set(keys)].sort((a, b) => (sources.get(b)?.year ?? 0) - (sources.get(a)?.year ?? 0));
  return unique.map((k) => sourceName(k, sources)).join('; ');
}

/**
 * A facility's page: first what a person needs to get there (the phone, the address, directions and what to ask
 * when they call), then how old the listing is, the map, and the services folded by category, each fact with
 * the list it came from. Opened from a results page, it links back to that search.
 */
export function FacilityPage(props: {
  facility: Facility;
  sources: Map<string, SourceSummary>;
  legend: Map<string, LegendRow>;
  /** The results page this page was opened from. */
  back?: { href: string; label: string } | undefined;
}) {
  const { facility: f, sources, legend, back } = props;
  const groups = groupServices(f, legend);
  const payment = groups.filter((g) => g.items.some((i) => PAYMENT_CATEGORIES.has(legend.get(i.code)?.category ?? '')));
  const otherGroups = groups.filter((g) => !payment.includes(g));
  const listed = newestListing(f, sources);
  const numbers = callNumbers(f);
  const listedAs = phoneListedAs(f);
  const disagree = disagreementLabels(f, conceptLabel);
  const address = addressLines(f);
  const where = placeLabel(f);
  const mapQuery = encodeURIComponent([f.name, ...address].join(', '));
  const m = messages().locator.facility;
  const point = f.latitude !== null && f.longitude !== null ? `${f.latitude.toFixed(5)},${f.longitude.toFixed(5)}` : undefined;
  return (
    <Layout
      title={`${f.name}, ${where}`}
      description={fill(m.description, { name: f.name, place: where })}
      canonicalPath={paths.facility(f.id)}
      section="find"
      compactHeader
    >
      <nav class="breadcrumbs no-print" aria-label={messages().locator.facility.breadcrumb}>
        <ol>
          <li>
            <a href={paths.home()}>{messages().locator.facility.home}</a>
          </li>
          <li>
            <a href={paths.find()}>{messages().locator.facility.find}</a>
          </li>
          {back ? (
            <li>
              <a href={back.href}>{fill(m.resultsNear, { place: back.label })}</a>
            </li>
          ) : null}
        </ol>
      </nav>
      {back ? (
        <p class="no-print">
          <a class="back-link" href={back.href}>
            {m.back}
          </a>
        </p>
      ) : null}
      {f.services.has('SP') ? (
        <div class="notice">
          <p>{rich(messages().locator.facility.spanish, { strong: (words) => <strong lang="es">{words}</strong> })}</p>
        </div>
      ) : null}
      {f.servesOnly.map((s) => (
        <p class={s === 'custody' ? 'serves-only serves-only--warning' : 'serves-only'}>
          <strong>{servesOnlyLabel(s).label}.</strong> {servesOnlyLabel(s).detail}
        </p>
      ))}
      <h1>{f.name}</h1>
      {f.name2 ? <p class="facility-name2">{f.name2}</p> : null}

      <dl class="summary-list contact">
        {numbers.map((n) => (
          <div>
            <dt>{n.label}</dt>
            <dd>
              <a href={telUri(n.phone)} class="call-button">
                {messages().locator.card.call} <span class="nowrap">{n.phone}</span>
              </a>
              <br />
              <span class="small">
                {n.central ? m.shared : null}
                {fill(m.phoneFrom, {
                  source: sourceName(f.phoneSource, sources),
                  listedAs: listedAs ? fill(messages().locator.card.listedAs, { name: listedAs }) : '',
                })}{' '}
                <PhoneCheck facility={f} phone={n.phone} />
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
                {m.noStreet} {where} {f.zip}
                <br />
              </>
            )}
            <span class="small">
              {fill(m.addressFrom, { source: sourceName(f.addressSource, sources) })}{' '}
              {fill(f.locationMethod === 'source' ? m.mapFrom : m.mapApproximate, {
                source: sourceName(f.locationSource, sources),
              })}{' '}
              <AddressCheck facility={f} />
            </span>
          </dd>
        </div>
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
      </dl>

      <section aria-labelledby="what-to-ask">
        <h2 id="what-to-ask">{messages().locator.facility.askTitle}</h2>
        <ul>
          {messages().locator.facility.ask.map((q) => (
            <li>{q}</li>
          ))}
        </ul>
      </section>

      {f.status === 'unconfirmed' ? (
        <div class="notice notice--warning">
          <p>
            {rich(m.notSeen, {
              strong: (words) => <strong>{words}</strong>,
              year: String(f.lastSeenYear),
              helpline: <HelplineLink line={SAMHSA_HELPLINE} />,
            })}
          </p>
        </div>
      ) : (
        <div class="notice notice--warning">
          <p>
            {rich(m.callFirst, { strong: (words) => <strong>{words}</strong>, year: String(listed?.year ?? f.lastSeenYear) })}
          </p>
        </div>
      )}
      <FacilityMap facility={{ ...f, city: cityName(f.city) }} />

      <h2>{messages().locator.facility.paying}</h2>
      {payment.length > 0 ? payment.map((g) => <ServiceGroup group={g} sources={sources} />) : <p>{m.noPayment}</p>}

      <h2>{messages().locator.facility.services}</h2>
      {disagree.length > 0 ? (
        <p class="notice">
          {rich(m.disagree, {
            strong: (words) => <strong>{words}</strong>,
            list: listFormat(intlLocale(), 'conjunction').format(disagree),
          })}
        </p>
      ) : null}
      {otherGroups.length > 0 ? otherGroups.map((g) => <ServiceGroup group={g} sources={sources} />) : <p>{m.noServices}</p>}

      <ListingChecks facility={f} label={conceptLabelOfKey} servesOnlyLabel={(s) => servesOnlyLabel(s).label} />

      <h2>{messages().locator.facility.cameFrom}</h2>
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

/** Lists this long fold away under their heading; shorter ones are shown open. */
const FOLD_AFTER = 4;

/** One category of services as a <details>: its heading and count, the items, and the lists they came from. */
function ServiceGroup(props: { group: Group; sources: Map<string, SourceSummary> }) {
  const { group } = props;
  const keys = group.items.map((i) => i.source);
  return (
    <details class="service-group" open={group.items.length <= FOLD_AFTER}>
      <summary>
        {group.heading} <span class="small">({group.items.length})</span>
      </summary>
      <ul>
        {group.items.map((i) => (
          <li lang={i.lang}>{i.label}</li>
        ))}
      </ul>
      <p class="small">{fill(messages().locator.facility.groupFrom, { sources: fromSources(keys, props.sources) })}</p>
    </details>
  );
}
