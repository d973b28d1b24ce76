import type { Child } from 'hono/jsx';
import { Layout } from '../../ui/layout.tsx';
import { AddressList } from '../../ui/link-list.tsx';
import { currentLocale } from '../../ui/locale.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { FIELD_CATEGORIES, LANGUAGE_CATEGORY, TAXONOMY_NAME } from './hsds.mapper.ts';

/** SAMHSA's own words, as they appear in the data: marked as English on a Spanish page, for screen readers. */
const data = (words: string): Child => (currentLocale() === 'en' ? words : <span lang="en">{words}</span>);

const categories = (list: readonly (readonly [string, string])[]) => data([...new Set(list.map(([c]) => c))].join('; '));

/** How our directory maps to Open Referral HSDS 3.0, in plain words, for the people who import it. */
export function HsdsDocsPage(props: { publicUrl: string }) {
  const m = messages().openData;
  const endpoints: [string, string][] = [
    [paths.openData.hsds('service_at_locations'), m.endpoints.serviceAtLocations],
    [paths.openData.hsds('services'), m.endpoints.services],
    [paths.openData.hsds('organizations'), m.endpoints.organizations],
    [paths.openData.hsds('taxonomies'), m.endpoints.taxonomies],
    [paths.openData.hsds('taxonomy_terms'), m.endpoints.taxonomyTerms],
  ];
  const code = (words: string) => <code>{words}</code>;
  const point = (item: { title: string; text: string }, parts: Record<string, Child> = {}) => (
    <li>
      <strong>{item.title}</strong> {rich(item.text, parts)}
    </li>
  );
  return (
    <Layout title={m.title} description={m.description} canonicalPath={paths.openData.hsdsDocs()}>
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <h2>{m.whereTitle}</h2>
      <AddressList items={endpoints} />
      <p>
        {rich(m.paging, {
          page: code('page'),
          perPage: code('per_page'),
          totalItems: code('total_items'),
          totalPages: code('total_pages'),
          contents: code('contents'),
          command: code('npm run directory -- export-hsds DIR'),
        })}
      </p>
      <h2>{m.mapsTitle}</h2>
      <ul>
        {point(m.oneOfEach)}
        {point(m.attributes, { taxonomy: data(TAXONOMY_NAME) })}
        {point(m.languages, { category: data(LANGUAGE_CATEGORY), ase: code('ase') })}
        {point(m.eligibility, {
          categories: categories(FIELD_CATEGORIES.eligibility),
          field: code('eligibility_description'),
          min: code('minimum_age'),
          max: code('maximum_age'),
        })}
        {point(m.payment, { categories: categories(FIELD_CATEGORIES.fees), field: code('fees_description') })}
        {point(m.licences, { categories: categories(FIELD_CATEGORIES.accreditations), field: code('accreditations') })}
        {point(m.sources, { metadata: code('metadata') })}
        {point(m.fresh, {
          alert: code('alert'),
          assured: code('assured_date'),
          metadata: code('metadata'),
          defunct: code('defunct'),
        })}
        {point(m.addresses)}
        {point(m.ids)}
      </ul>
      <h2>{m.licencesTitle}</h2>
      <p>
        {rich(m.licence, {
          openreferral: (
            <a href="https://openreferral.org/" rel="noreferrer">
              openreferral.org
            </a>
          ),
        })}
      </p>
      <p class="small">{fill(m.base, { url: `${props.publicUrl}/api/v1/hsds` })}</p>
    </Layout>
  );
}
