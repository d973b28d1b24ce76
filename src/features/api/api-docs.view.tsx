import { Layout } from '../../ui/layout.tsx';

const EXAMPLES = [
  ['/api/v1/facilities?near=21201&medication=buprenorphine', 'Places within 25 miles of ZIP 21201 that offer buprenorphine'],
  [
    '/api/v1/facilities?near=Dayton,%20OH&radius=50&care=residential&payment=medicaid',
    'Residential care taking Medicaid within 50 miles of Dayton',
  ],
  ['/api/v1/facilities.geojson?near=21201', 'The same search as GeoJSON, for maps'],
  ['/api/v1/facilities.csv?near=21201&per_page=100', 'The same search as a spreadsheet'],
  ['/api/v1/services', 'Every service code with a plain label, and what each filter means in codes'],
  ['/api/v1/directory', 'What the directory holds, its sources, their years and licences'],
  [
    '/api/v1/facilities?near=21201&radius=100&checked=12-months',
    'Only places our team checked with the place itself in the last 12 months',
  ],
  ['/api/v1/corrections', 'Every correction our team made after checking with a place: what, when and how (also .csv)'],
  ['/api/openapi.json', 'The OpenAPI 3.1 description of all of this'],
];

export function ApiDocsPage(props: { publicUrl: string }) {
  return (
    <Layout
      title="Open data and API"
      description="Use Open Treatment's directory of treatment places in your own tools: a free JSON, GeoJSON and CSV API with no key."
      canonicalPath="/api"
    >
      <h1>Open data and API</h1>
      <p class="lead">
        Everything our search shows is open data. You can use it in your own tools, free, with no key and no sign-up.
      </p>
      <ul>
        <li>Same searches as our site: by ZIP code, city and state, or coordinates, with the same filters.</li>
        <li>Every facility says where each fact came from and how old it is, and when our team last checked it.</li>
        <li>We never log or store what you search for.</li>
        <li>
          Facility data is public domain (SAMHSA). ZIP and city data contain data from GeoNames (CC BY 4.0): please credit
          GeoNames.
        </li>
      </ul>
      <h2>Examples</h2>
      <ul>
        {EXAMPLES.map(([href, text]) => (
          <li>
            <a href={href}>
              <code>{href}</code>
            </a>
            <br />
            <span class="small">{text}</span>
          </li>
        ))}
      </ul>
      <h2>Open Referral (HSDS 3.0)</h2>
      <p>
        The whole directory is also published in the Open Referral Human Services Data Specification 3.0, the format 211 lines and
        referral networks read, at <code>/api/v1/hsds</code>.{' '}
        <a href="/open-data/hsds">How our data maps to HSDS: services, codes, languages and eligibility</a>.
      </p>
      <h2>Rules of the road</h2>
      <ul>
        <li>Results are sorted by straight-line distance. There is no paid placement.</li>
        <li>
          Filters repeat: <code>care=detox&amp;care=residential</code> means either; different filters must all match.
        </li>
        <li>
          A listing that doesn’t record a filter is not a “no”. Places that match come first (<code>"match": "yes"</code>); places
          whose listing doesn’t say follow (<code>"match": "maybe"</code>), with the filters they may match in{' '}
          <code>unknown_filters</code>.
        </li>
        <li>
          Up to 100 results a page (<code>per_page</code>), with <code>page</code> for more.
        </li>
        <li>
          Mistakes get a 400 with <code>{'{ "error": { "code", "message", "fields", "suggestions" } }'}</code> saying which
          parameter is wrong. For a place we cannot find, <code>suggestions</code> lists close matches to send as{' '}
          <code>near</code> instead.
        </li>
        <li>
          Please tell people to call before they go: the data is a few years old. Full details are in the{' '}
          <a href="/api/openapi.json">OpenAPI description</a> and on <a href="/about/data">About our data</a>.
        </li>
      </ul>
      <p class="small">API base address: {props.publicUrl}/api/v1</p>
    </Layout>
  );
}
