import { FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import { at } from '../../lib/arrays.ts';
import { ErrorSummary, type FieldError } from '../../ui/forms.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { listFormat } from '../../ui/intl.ts';
import { Layout } from '../../ui/layout.tsx';
import { intlLocale } from '../../ui/locale.ts';
import { messages, rich } from '../../ui/messages/index.ts';
import { type FormValues, SearchForm } from './search-form.view.tsx';

const FIELD_ANCHOR: Record<string, string> = {
  near: 'near',
  radius: 'radius',
  include: 'include',
  checked: 'checked',
  page: 'near',
  per_page: 'near',
};

export function errorList(fields: Record<string, string>): FieldError[] {
  return Object.entries(fields).map(([field, text]) => ({
    href: FIELD_ANCHOR[field] ?? (FILTER_GROUPS.includes(field as FilterGroup) ? field : 'near'),
    text,
  }));
}

export interface PlaceLink {
  label: string;
  href: string;
}

/** "Did you mean A, B or C?", each place a link that runs the same search there. */
export function DidYouMean(props: { places: PlaceLink[] }) {
  if (props.places.length === 0) return null;
  const parts = listFormat(intlLocale(), 'disjunction').formatToParts(props.places.map((p) => p.label));
  let i = 0;
  const list = parts.map((part) => {
    if (part.type === 'literal') return part.value;
    const place = at(props.places, i++, 'place');
    return <a href={place.href}>{place.label}</a>;
  });
  return <p class="did-you-mean">{rich(messages().locator.results.didYouMean, { places: <>{list}</> })}</p>;
}

/**
 * The search form on its own page: before a search, after an error (with the summary and anything typed kept),
 * and as "Change search" from a results page, filled in with that search and its filters open.
 */
export function FindPage(props: {
  values: FormValues;
  errors: Record<string, string>;
  /** Places close to one we could not find, as links that run the same search there. */
  suggestions?: PlaceLink[] | undefined;
  /** Opened from a results page's "Change search". */
  changing?: boolean;
}) {
  const { errors } = props;
  const hasErrors = Object.keys(errors).length > 0;
  const title = props.changing ? messages().locator.results.changeTitle : messages().locator.results.title;
  return (
    <Layout title={title} hasErrors={hasErrors} noindex section="find" scripts={['locator.js']}>
      <ErrorSummary errors={errorList(errors)}>
        <DidYouMean places={props.suggestions ?? []} />
      </ErrorSummary>
      <h1>{title}</h1>
      {/* Show the filters when some are chosen (brought in by a link from the self-check, say, or a search to change). */}
      <SearchForm values={props.values} errors={errors} openFilters />
      <HelplineBox />
    </Layout>
  );
}
