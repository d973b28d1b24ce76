import type { DirectoryInfo } from '../../db/directory-info.repository.ts';
import { Layout } from '../../ui/layout.tsx';

const number = (n: number) => n.toLocaleString('en-US');
const dateOnly = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

function SourceTable(props: { caption: string; sources: DirectoryInfo['sources'] }) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Year</th>
            <th scope="col">Rows</th>
            <th scope="col">Licence</th>
          </tr>
        </thead>
        <tbody>
          {props.sources.map((s) => (
            <tr>
              <td>
                <strong>{s.name}</strong> ({s.publisher})
                <br />
                <span class="small">{s.attribution}</span>
              </td>
              <td>{s.year}</td>
              <td>{number(s.rows)}</td>
              <td>{s.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AboutDataPage(props: { info: DirectoryInfo; checkedListings: number }) {
  const { info } = props;
  const facilitySources = info.sources.filter((s) => s.kind === 'facilities');
  const reference = info.sources.filter((s) => s.kind === 'reference');
  return (
    <Layout
      title="About our data"
      description="Where Open Treatment's list of treatment places comes from, how old it is, and how we combine it."
      canonicalPath="/about/data"
    >
      <h1>About our data</h1>
      <p class="lead">
        Our list of treatment places comes from public records published by SAMHSA, the US agency for substance use and mental
        health services. We combine several lists into one and show where every fact came from.
      </p>
      <div class="notice notice--warning">
        <p>
          <strong>Our data is not new.</strong> The newest list is from {Math.max(...facilitySources.map((s) => s.year))}, and the
          most detailed one is from 2015–2017. Places close, move and change what they offer.{' '}
          <strong>Always call a place before you go.</strong> For the most current list, you can also search{' '}
          <a href="https://findtreatment.gov/" rel="noreferrer">
            FindTreatment.gov
          </a>{' '}
          or call the SAMHSA National Helpline at <a href="tel:+18006624357">1-800-662-4357</a>.
        </p>
      </div>

      <h2>What the directory holds</h2>
      <dl class="summary-list">
        <div>
          <dt>Treatment places</dt>
          <dd>{number(info.facilities.total)}</dd>
        </div>
        <div>
          <dt>Seen in a 2020 or newer list</dt>
          <dd>{number(info.facilities.confirmed)}</dd>
        </div>
        <div>
          <dt>Only in the 2015 or 2017 directory</dt>
          <dd>
            {number(info.facilities.unconfirmed)}. We keep these, clearly marked, but only show them in a search if you ask for
            them.
          </dd>
        </div>
        <div>
          <dt>With a phone number</dt>
          <dd>{number(info.facilities.withPhone)}</dd>
        </div>
        <div>
          <dt>With a list of services</dt>
          <dd>{number(info.facilities.withServices)}</dd>
        </div>
        <div>
          <dt>Checked by our team</dt>
          <dd>
            {number(props.checkedListings)}. <a href="#checked-by-our-team">How our team checks listings</a>
          </dd>
        </div>
        <div>
          <dt>Last built</dt>
          <dd>
            <time datetime={info.builtAt}>{dateOnly(info.builtAt)}</time>
          </dd>
        </div>
      </dl>

      <h2>Treatment place lists</h2>
      <p>
        We read these lists newest first. When two lists describe the same place, we keep one entry and note which list gave each
        fact.
      </p>
      <SourceTable caption="Facility sources" sources={facilitySources} />

      <h2>Maps, ZIP codes and service codes</h2>
      <SourceTable caption="Reference sources" sources={reference} />
      <p>
        <strong>Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0.</strong> We use it to turn ZIP codes and
        city names into places on the map, on our own server. Nothing you type is sent to another company.
      </p>

      <h2>How we combine the lists</h2>
      <ul>
        <li>We start from the newest list of places (2021) and match each older list to it by street address and ZIP code.</li>
        <li>
          We ignore small differences such as “Street” or “St.”, “U.S. Highway 83” or “Highway 83”, and capital letters. When two
          places share an address, the name decides which one a row belongs to.
        </li>
        <li>
          Two offices with different suite or floor numbers and different names stay two places. A row from another organisation
          at the same address does not give its phone number or services to the place there.
        </li>
        <li>
          A place listed twice a few doors apart (its house number changed, or it moved next door) becomes one place, when the
          names are almost the same and the lists never printed both at once.
        </li>
        <li>
          The phone number comes from the list whose name for the place is closest to the name we show. If that list used another
          name, the page says so.
        </li>
        <li>
          A number that other places share, in other states or under other names, is shown only where the place’s own listing
          printed it, and is marked “central intake line”.
        </li>
        <li>Rows with no name, an unknown state or impossible map coordinates are left out and counted.</li>
        <li>Each place keeps the same web address each time we rebuild, so links you share keep working.</li>
      </ul>

      <h2>One answer per question</h2>
      <p>
        For each question, such as “does this place offer methadone?”, the newest list that answers it wins. We don’t show an
        older answer that the newer one contradicts. When lists from the same year disagree, the page says{' '}
        <strong>“sources disagree: ask”</strong>.
      </p>
      <ul>
        <li>
          The 2020 list of places offering medication for opioid use disorder tells us about buprenorphine, methadone and monthly
          naltrexone shots.
        </li>
        <li>
          <strong>Opioid treatment programs and methadone.</strong> The 2022 list of certified opioid treatment programs (OTPs)
          does not say which medicines each one gives. We count an OTP as offering methadone unless another list says it does not.
          We checked this against our data: in the 2017 directory, 99 in 100 places marked as OTPs also listed methadone, and in
          the 2020 list, 92 in 100 of the OTPs it covers were marked for methadone. Where the 2020 list says an OTP does not offer
          methadone (most of these are residential or detox programs), we don’t match it to a methadone search.
        </li>
        <li>
          “All clients are in an opioid treatment program” does not mean a place gives methadone, so on its own it does not match
          a methadone search.
        </li>
      </ul>

      <h2>Who a place is for</h2>
      <ul>
        <li>
          Treatment inside jails, prisons and detention centers is only for people held there. We leave these places out of
          searches unless you ask for them, and mark them clearly.
        </li>
        <li>
          Places only for veterans (VA programs), only for people with a DUI or DWI, or only for teens are marked on the result
          and the place’s page. They still show up when you choose that group in the filters.
        </li>
      </ul>

      <h2 id="checked-by-our-team">Listings our team has checked</h2>
      <p>
        Anyone can tell us that a listing is wrong: every place’s page has a link that says “Something wrong with this listing?”.
        Our editors check each report, usually by calling the place, and fix the listing. The fix shows at once, with the day it
        was checked and how, such as “Phone confirmed by our team on December 3, 2026 (called the facility)”. Our team has checked{' '}
        {number(props.checkedListings)} {props.checkedListings === 1 ? 'listing' : 'listings'} so far.
      </p>
      <ul>
        <li>
          A correction is kept when we rebuild the list from new SAMHSA data. If newer data says something else, an editor looks
          at it again.
        </li>
        <li>A place that has closed keeps its page, which says so and lists open places nearby that offer the same care.</li>
        <li>
          Every correction, with its date and how it was checked, is open data:{' '}
          <a href="/api/v1/corrections">/api/v1/corrections</a> (also <a href="/api/v1/corrections.csv">as CSV</a>).
        </li>
      </ul>

      <h2>Where places are on the map</h2>
      <ul>
        <li>
          We check each place’s map point against the points of its ZIP code and its city. A point more than 50 miles from both,
          or outside the place’s own state, is not used. The place goes to the center of its ZIP code or city instead, and the
          page says the location is approximate.
        </li>
        <li>
          When two public lists disagree about where a ZIP code is, we use the one that the places in that ZIP code are near.
        </li>
        <li>
          A search by ZIP code starts from the town center for that ZIP code (from GeoNames), which is closer to where people live
          than the middle of the ZIP code’s area. Places whose address is in the ZIP code you typed are always in your results,
          whatever distance you choose, with their real distance.
        </li>
        <li>Places in Palau and Micronesia are not on our map, because we have no map data there to check them against.</li>
      </ul>
      <p>
        Anyone can download the same data from our <a href="/api">open data API</a>. The code that builds it is open source.
      </p>
    </Layout>
  );
}
