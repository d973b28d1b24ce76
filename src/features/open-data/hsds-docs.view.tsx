import { Layout } from '../../ui/layout.tsx';
import { AddressList } from '../../ui/link-list.tsx';
import { paths } from '../../ui/paths.ts';
import { FIELD_CATEGORIES, LANGUAGE_CATEGORY, TAXONOMY_NAME } from './hsds.mapper.ts';

const ENDPOINTS: [string, string][] = [
  [
    paths.openData.hsds('service_at_locations'),
    'Every place, one page at a time: the service, its location and address, phones, languages and codes',
  ],
  [paths.openData.hsds('services'), 'The same, service first'],
  [paths.openData.hsds('organizations'), 'The organizations (add full_service=true for their services)'],
  [paths.openData.hsds('taxonomies'), 'The one taxonomy: SAMHSA service codes'],
  [paths.openData.hsds('taxonomy_terms'), 'Its terms: one per code, with a plain label'],
];

const categories = (list: readonly (readonly [string, string])[]) => [...new Set(list.map(([c]) => c))].join('; ');

/** How our directory maps to Open Referral HSDS 3.0, in plain words, for the people who import it. */
export function HsdsDocsPage(props: { publicUrl: string }) {
  return (
    <Layout
      title="Our data in the Open Referral format (HSDS 3.0)"
      description="How Open Treatment publishes its directory of treatment places in the Human Services Data Specification 3.0, and how each SAMHSA code maps to it."
      canonicalPath={paths.openData.hsdsDocs()}
    >
      <h1>Our data in the Open Referral format (HSDS 3.0)</h1>
      <p class="lead">
        211 lines, referral networks and state directories read the Open Referral Human Services Data Specification (HSDS). We
        publish our whole directory in HSDS 3.0, free, with no key.
      </p>
      <h2>Where to get it</h2>
      <AddressList items={ENDPOINTS} />
      <p>
        Lists take <code>page</code> and <code>per_page</code> (up to 100) and answer with the HSDS page fields (
        <code>total_items</code>, <code>total_pages</code> and so on) and <code>contents</code>. Each record is also at its own
        address, by id. To take everything at once, run <code>npm run directory -- export-hsds DIR</code> in a copy of Open
        Treatment: it writes one file per kind of record.
      </p>
      <h2>How our data maps to HSDS</h2>
      <ul>
        <li>
          <strong>One place, one of each.</strong> SAMHSA lists treatment places, not the organizations that run them or separate
          programs. So each place is one organization, one service, one location and the service_at_location that joins them. No
          code is turned into a separate service.
        </li>
        <li>
          <strong>Codes become attributes.</strong> Every SAMHSA service code a place has (type of care, setting, medications,
          payment, programs, languages and the rest) is an attribute of its service. Each points to a term of one taxonomy, “
          {TAXONOMY_NAME}”, with SAMHSA’s own wording and our plain label.
        </li>
        <li>
          <strong>Languages.</strong> Codes in “{LANGUAGE_CATEGORY}” also become languages of the service, with an ISO 639 code
          where there is one (American Sign Language is <code>ase</code>). The two codes for “other languages” stay attributes
          only.
        </li>
        <li>
          <strong>Eligibility.</strong> Codes in {categories(FIELD_CATEGORIES.eligibility)} are also written out in{' '}
          <code>eligibility_description</code>. We do not guess ages: <code>minimum_age</code> and <code>maximum_age</code> are
          left out.
        </li>
        <li>
          <strong>Payment.</strong> Codes in {categories(FIELD_CATEGORIES.fees)} are also written out in{' '}
          <code>fees_description</code>.
        </li>
        <li>
          <strong>Licences.</strong> Codes in {categories(FIELD_CATEGORIES.accreditations)} are also written out in{' '}
          <code>accreditations</code>.
        </li>
        <li>
          <strong>Where each fact came from.</strong> Names, addresses, map points, phone numbers, languages and every code carry{' '}
          <code>metadata</code> naming the SAMHSA list and year it came from.
        </li>
        <li>
          <strong>How fresh it is.</strong> Every service has an <code>alert</code> saying when SAMHSA last listed it. Places not
          seen since 2015 or 2017 say so: they may have closed. <code>assured_date</code> is the day our team last checked the
          place with the place itself (usually by phone), and is left out for places nobody has checked. A fact our team corrected
          says so in its <code>metadata</code>. A place our team found closed has the status <code>defunct</code>.
        </li>
        <li>
          <strong>Addresses.</strong> Some places keep their street address private. They have no address record; their location
          says the town instead. A map point that is only the centre of a ZIP code or town says so.
        </li>
        <li>
          <strong>Ids.</strong> Every id is a UUID made from our own facility id, so it stays the same from one update to the
          next.
        </li>
      </ul>
      <h2>Licences</h2>
      <p>
        The facility data is US government work (public domain, from SAMHSA). HSDS is the Human Services Data Specification, an
        Open Referral resource (
        <a href="https://openreferral.org/" rel="noreferrer">
          openreferral.org
        </a>
        ), licensed CC BY-SA 4.0. We check our output against its official JSON Schemas.
      </p>
      <p class="small">API base address: {props.publicUrl}/api/v1/hsds</p>
    </Layout>
  );
}
