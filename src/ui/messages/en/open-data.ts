/** The page about our data in Open Referral HSDS 3.0 (src/features/open-data/hsds-docs.view.tsx). */
export const openData = {
  title: 'Our data in the Open Referral format (HSDS 3.0)',
  description:
    'How Open Treatment publishes its directory of treatment places in the Human Services Data Specification 3.0, and how each SAMHSA code maps to it.',
  lead: '211 lines, referral networks and state directories read the Open Referral Human Services Data Specification (HSDS). We publish our whole directory in HSDS 3.0, free, with no key.',
  whereTitle: 'Where to get it',
  endpoints: {
    serviceAtLocations: 'Every place, one page at a time: the service, its location and address, phones, languages and codes',
    services: 'The same, service first',
    organizations: 'The organizations (add full_service=true for their services)',
    taxonomies: 'The one taxonomy: SAMHSA service codes',
    taxonomyTerms: 'Its terms: one per code, with a plain label',
  },
  paging:
    'Lists take {page} and {perPage} (up to 100) and answer with the HSDS page fields ({totalItems}, {totalPages} and so on) and {contents}. Each record is also at its own address, by id. To take everything at once, run {command} in a copy of Open Treatment: it writes one file per kind of record.',
  mapsTitle: 'How our data maps to HSDS',
  oneOfEach: {
    title: 'One place, one of each.',
    text: 'SAMHSA lists treatment places, not the organizations that run them or separate programs. So each place is one organization, one service, one location and the service_at_location that joins them. No code is turned into a separate service.',
  },
  attributes: {
    title: 'Codes become attributes.',
    text: 'Every SAMHSA service code a place has (type of care, setting, medications, payment, programs, languages and the rest) is an attribute of its service. Each points to a term of one taxonomy, “{taxonomy}”, with SAMHSA’s own wording and our plain label.',
  },
  languages: {
    title: 'Languages.',
    text: 'Codes in “{category}” also become languages of the service, with an ISO 639 code where there is one (American Sign Language is {ase}). The two codes for “other languages” stay attributes only.',
  },
  eligibility: {
    title: 'Eligibility.',
    text: 'Codes in {categories} are also written out in {field}. We do not guess ages: {min} and {max} are left out.',
  },
  payment: { title: 'Payment.', text: 'Codes in {categories} are also written out in {field}.' },
  licences: { title: 'Licences.', text: 'Codes in {categories} are also written out in {field}.' },
  sources: {
    title: 'Where each fact came from.',
    text: 'Names, addresses, map points, phone numbers, languages and every code carry {metadata} naming the SAMHSA list and year it came from.',
  },
  fresh: {
    title: 'How fresh it is.',
    text: 'Every service has an {alert} saying when SAMHSA last listed it. Places not seen since 2015 or 2017 say so: they may have closed. {assured} is the day our team last checked the place with the place itself (usually by phone), and is left out for places nobody has checked. A fact our team corrected says so in its {metadata}. A place our team found closed has the status {defunct}.',
  },
  addresses: {
    title: 'Addresses.',
    text: 'Some places keep their street address private. They have no address record; their location says the town instead. A map point that is only the centre of a ZIP code or town says so.',
  },
  ids: {
    title: 'Ids.',
    text: 'Every id is a UUID made from our own facility id, so it stays the same from one update to the next.',
  },
  licencesTitle: 'Licences',
  licence:
    'The facility data is US government work (public domain, from SAMHSA). HSDS is the Human Services Data Specification, an Open Referral resource ({openreferral}), licensed CC BY-SA 4.0. We check our output against its official JSON Schemas.',
  base: 'API base address: {url}',
} as const;
