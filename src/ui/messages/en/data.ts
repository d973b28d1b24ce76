/** "Open data and API" (src/features/api/api-docs.view.tsx). `<code>…</code>` is shown as code. */
export const api = {
  title: 'Open data and API',
  description:
    "Use Open Treatment's directory of treatment places in your own tools: a free JSON, GeoJSON and CSV API with no key.",
  lead: 'Everything our search shows is open data. You can use it in your own tools, free, with no key and no sign-up.',
  points: [
    'Same searches as our site: by ZIP code, city and state, or coordinates, with the same filters.',
    'Every facility says where each fact came from and how old it is, and when our team last checked it.',
    'We never log or store what you search for.',
    'Facility data is public domain (SAMHSA). ZIP and city data contain data from GeoNames (CC BY 4.0): please credit GeoNames.',
  ],
  examplesTitle: 'Examples',
  examples: {
    buprenorphine: 'Places within 25 miles of ZIP 21201 that offer buprenorphine',
    dayton: 'Residential care taking Medicaid within 50 miles of Dayton',
    geojson: 'The same search as GeoJSON, for maps',
    csv: 'The same search as a spreadsheet',
    services: 'Every service code with a plain label, and what each filter means in codes',
    directory: 'What the directory holds, its sources, their years and licences',
    checked: 'Only places our team checked with the place itself in the last 12 months',
    corrections: 'Every correction our team made after checking with a place: what, when and how (also .csv)',
    openApi: 'The OpenAPI 3.1 description of all of this',
  },
  hsdsTitle: 'Open Referral (HSDS 3.0)',
  hsds: 'The whole directory is also published in the Open Referral Human Services Data Specification 3.0, the format 211 lines and referral networks read, at {path}. <mapping>How our data maps to HSDS: services, codes, languages and eligibility</mapping>.',
  rulesTitle: 'Rules of the road',
  rules: [
    'Results are sorted by straight-line distance. There is no paid placement.',
    'Filters repeat: <code>care=detox&care=residential</code> means either; different filters must all match.',
    'A listing that doesn’t record a filter is not a “no”. Places that match come first (<code>"match": "yes"</code>); places whose listing doesn’t say follow (<code>"match": "maybe"</code>), with the filters they may match in <code>unknown_filters</code>.',
    'Up to 100 results a page (<code>per_page</code>), with <code>page</code> for more.',
    'Mistakes get a 400 with <code>{ "error": { "code", "message", "fields", "suggestions" } }</code> saying which parameter is wrong. For a place we cannot find, <code>suggestions</code> lists close matches to send as <code>near</code> instead.',
    'Please tell people to call before they go: the data is a few years old. Full details are in the <openapi>OpenAPI description</openapi> and on <data>About our data</data>.',
  ],
  base: 'API base address: {url}',
} as const;

/** "About our data" (src/features/site/about-data.view.tsx). */
export const aboutData = {
  title: 'About our data',
  description: "Where Open Treatment's list of treatment places comes from, how old it is, and how we combine it.",
  lead: 'Our list of treatment places comes from public records published by SAMHSA, the US agency for substance use and mental health services. We combine several lists into one and show where every fact came from.',
  stale:
    '<strong>Our data is not new.</strong> The newest list is from {year}, and the most detailed one is from 2015–2017. Places close, move and change what they offer. <strong>Always call a place before you go.</strong> For the most current list, you can also search <findtreatment>FindTreatment.gov</findtreatment> or call the SAMHSA National Helpline at {helpline}.',
  holdsTitle: 'What the directory holds',
  holds: {
    total: 'Treatment places',
    confirmed: 'Seen in a 2020 or newer list',
    unconfirmed: 'Only in the 2015 or 2017 directory',
    unconfirmedNote: '{count}. We keep these, clearly marked, but only show them in a search if you ask for them.',
    withPhone: 'With a phone number',
    withServices: 'With a list of services',
    checked: 'Checked by our team',
    checkedLink: 'How our team checks listings',
    builtAt: 'Last built',
  },
  table: { source: 'Source', year: 'Year', rows: 'Rows', licence: 'Licence' },
  listsTitle: 'Treatment place lists',
  lists:
    'We read these lists newest first. When two lists describe the same place, we keep one entry and note which list gave each fact.',
  listsCaption: 'Facility sources',
  referenceTitle: 'Maps, ZIP codes and service codes',
  referenceCaption: 'Reference sources',
  geonames:
    '<strong>Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0.</strong> We use it to turn ZIP codes and city names into places on the map, on our own server. Nothing you type is sent to another company.',
  combineTitle: 'How we combine the lists',
  combine: [
    'We start from the newest list of places (2021) and match each older list to it by street address and ZIP code.',
    'We ignore small differences such as “Street” or “St.”, “U.S. Highway 83” or “Highway 83”, and capital letters. When two places share an address, the name decides which one a row belongs to.',
    'Two offices with different suite or floor numbers and different names stay two places. A row from another organisation at the same address does not give its phone number or services to the place there.',
    'A place listed twice a few doors apart (its house number changed, or it moved next door) becomes one place, when the names are almost the same and the lists never printed both at once.',
    'The phone number comes from the list whose name for the place is closest to the name we show. If that list used another name, the page says so.',
    'A number that other places share, in other states or under other names, is shown only where the place’s own listing printed it, and is marked “central intake line”.',
    'Rows with no name, an unknown state or impossible map coordinates are left out and counted.',
    'Each place keeps the same web address each time we rebuild, so links you share keep working.',
  ],
  answersTitle: 'One answer per question',
  answers:
    'For each question, such as “does this place offer methadone?”, the newest list that answers it wins. We don’t show an older answer that the newer one contradicts. When lists from the same year disagree, the page says <strong>“sources disagree: ask”</strong>.',
  answerPoints: [
    'The 2020 list of places offering medication for opioid use disorder tells us about buprenorphine, methadone and monthly naltrexone shots.',
    '<strong>Opioid treatment programs and methadone.</strong> The 2022 list of certified opioid treatment programs (OTPs) does not say which medicines each one gives. We count an OTP as offering methadone unless another list says it does not. We checked this against our data: in the 2017 directory, 99 in 100 places marked as OTPs also listed methadone, and in the 2020 list, 92 in 100 of the OTPs it covers were marked for methadone. Where the 2020 list says an OTP does not offer methadone (most of these are residential or detox programs), we don’t match it to a methadone search.',
    '“All clients are in an opioid treatment program” does not mean a place gives methadone, so on its own it does not match a methadone search.',
  ],
  whoTitle: 'Who a place is for',
  who: [
    'Treatment inside jails, prisons and detention centers is only for people held there. We leave these places out of searches unless you ask for them, and mark them clearly.',
    'Places only for veterans (VA programs), only for people with a DUI or DWI, or only for teens are marked on the result and the place’s page. They still show up when you choose that group in the filters.',
  ],
  checkedTitle: 'Listings our team has checked',
  checked: {
    one: 'Anyone can tell us that a listing is wrong: every place’s page has a link that says “Something wrong with this listing?”. Our editors check each report, usually by calling the place, and fix the listing. The fix shows at once, with the day it was checked and how, such as “Phone confirmed by our team on December 3, 2026 (called the facility)”. Our team has checked {count} listing so far.',
    other:
      'Anyone can tell us that a listing is wrong: every place’s page has a link that says “Something wrong with this listing?”. Our editors check each report, usually by calling the place, and fix the listing. The fix shows at once, with the day it was checked and how, such as “Phone confirmed by our team on December 3, 2026 (called the facility)”. Our team has checked {count} listings so far.',
  },
  checkedPoints: [
    'A correction is kept when we rebuild the list from new SAMHSA data. If newer data says something else, an editor looks at it again.',
    'A place that has closed keeps its page, which says so and lists open places nearby that offer the same care.',
  ],
  checkedOpenData:
    'Every correction, with its date and how it was checked, is open data: <json>/api/v1/corrections</json> (also <csv>as CSV</csv>).',
  mapTitle: 'Where places are on the map',
  map: [
    'We check each place’s map point against the points of its ZIP code and its city. A point more than 50 miles from both, or outside the place’s own state, is not used. The place goes to the center of its ZIP code or city instead, and the page says the location is approximate.',
    'When two public lists disagree about where a ZIP code is, we use the one that the places in that ZIP code are near.',
    'A search by ZIP code starts from the town center for that ZIP code (from GeoNames), which is closer to where people live than the middle of the ZIP code’s area. Places whose address is in the ZIP code you typed are always in your results, whatever distance you choose, with their real distance.',
    'Places in Palau and Micronesia are not on our map, because we have no map data there to check them against.',
  ],
  download: 'Anyone can download the same data from our <api>open data API</api>. The code that builds it is open source.',
} as const;
