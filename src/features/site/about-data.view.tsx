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

export function AboutDataPage(props: { info: DirectoryInfo }) {
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
          We ignore small differences such as “Street” or “St.”, capital letters and suite numbers. When two places share an
          address, the name decides which one a row belongs to.
        </li>
        <li>Phone numbers and services come from the newest directory that lists the place (2017, then 2015).</li>
        <li>
          Medication facts come from the 2020 list of places offering medication, and the 2022 list of opioid treatment programs.
        </li>
        <li>Rows with no name, an unknown state or impossible map coordinates are left out and counted.</li>
        <li>Each place keeps the same web address each time we rebuild, so links you share keep working.</li>
      </ul>
      <p>
        Anyone can download the same data from our <a href="/api">open data API</a>. The code that builds it is open source.
      </p>
    </Layout>
  );
}
