import { CONCEPTS, conceptValues, FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import { DEFAULT_RADIUS, RADII } from '../../domain/search-query.ts';
import { ChoiceGroup, Select, TextInput } from '../../ui/forms.tsx';
import { memoHtml } from '../../ui/memo.ts';
import { fill, messages, plural } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { conceptLabel, groupLabel } from './locator-words.ts';

export interface FormValues {
  near: string;
  radius: string;
  filters: Record<FilterGroup, string[]>;
  /** What the person ticked under "Also show": `unconfirmed`, `custody`. */
  include: string[];
  /** `12-months` when they asked only for places our team checked lately. */
  checked: string;
}

export const emptyForm = (): FormValues => ({
  near: '',
  radius: String(DEFAULT_RADIUS),
  filters: { care: [], medication: [], payment: [], population: [], language: [], approach: [] },
  include: [],
  checked: '',
});

function FilterGroupChoices(props: { group: FilterGroup; selected: string[]; error: string | undefined }) {
  const { group, selected, error } = props;
  const render = () => (
    <ChoiceGroup
      type="checkbox"
      id={group}
      name={group}
      legend={groupLabel(group).legend}
      hint={groupLabel(group).hint}
      error={error}
      choices={CONCEPTS.filter((c) => c.group === group).map((c) => ({ value: c.value, label: conceptLabel(c) }))}
      selected={selected}
    />
  );
  // The checkboxes depend only on which known values are ticked, so that HTML is reused. Anything the person
  // typed themselves (an unknown value, an error about it) is rendered fresh and never kept.
  const known = conceptValues(group);
  if (error || !selected.every((v) => known.includes(v))) return render();
  return memoHtml(`filters:${group}:${selected.join(',')}`, render);
}

/** The distance menu; reused as HTML when the value is one of ours and there is no error to show. */
function radiusSelect(radius: string, error: string | undefined) {
  const render = () => (
    <Select
      id="radius"
      name="radius"
      label={messages().locator.form.distance}
      error={error}
      options={RADII.map((r) => ({ value: String(r), label: fill(messages().locator.form.within, { miles: r }) }))}
      selected={radius}
    />
  );
  return error || !RADII.map(String).includes(radius) ? render() : memoHtml(`search-form:radius:${radius}`, render);
}

function includeChoice(selected: string[], error: string | undefined) {
  const known = selected.filter((v) => v === 'unconfirmed' || v === 'custody').sort();
  const render = () => (
    <ChoiceGroup
      type="checkbox"
      id="include"
      name="include"
      legend={messages().locator.form.alsoShow}
      error={error}
      choices={[
        {
          value: 'unconfirmed',
          label: messages().locator.form.unconfirmed,
          hint: messages().locator.form.unconfirmedHint,
        },
        {
          value: 'custody',
          label: messages().locator.form.custody,
          hint: messages().locator.form.custodyHint,
        },
      ]}
      selected={known}
    />
  );
  return error ? render() : memoHtml(`search-form:include:${known.join(',')}`, render);
}

/** "Only places our team checked in the last 12 months" (the `checked` filter). */
function checkedChoice(checked: string, error: string | undefined) {
  const render = () => (
    <ChoiceGroup
      type="checkbox"
      id="checked"
      name="checked"
      legend={messages().locator.form.checked}
      error={error}
      choices={[
        {
          value: '12-months',
          label: messages().locator.form.checkedLabel,
          hint: messages().locator.form.checkedHint,
        },
      ]}
      selected={checked === '12-months' ? ['12-months'] : []}
    />
  );
  return error ? render() : memoHtml(`search-form:checked:${checked === '12-months'}`, render);
}

/**
 * The search, as a GET form: every search is a plain URL that can be bookmarked or shared, and it works with
 * JavaScript off. With JavaScript, "Use my location" fills in rounded coordinates (see public/locator.js).
 */
export function SearchForm(props: {
  values: FormValues;
  errors: Record<string, string>;
  openFilters?: boolean;
  headingLevel?: 'h1' | 'h2';
}) {
  const { values, errors } = props;
  const chosen =
    FILTER_GROUPS.reduce((n, g) => n + values.filters[g].length, 0) + values.include.length + (values.checked ? 1 : 0);
  return (
    <form class="search-box" method="get" action={paths.find()} aria-label={messages().locator.form.label} novalidate>
      <div class="row">
        <TextInput
          id="near"
          name="near"
          label={messages().locator.form.near}
          hint={messages().locator.form.nearHint}
          value={values.near}
          error={errors.near}
          autocomplete="postal-code"
          maxlength={100}
          spellcheck={false}
        />
        {radiusSelect(values.radius, errors.radius)}
      </div>
      {memoHtml('search-form:use-location', () => (
        <p class="use-location no-print" hidden data-use-location="">
          <button type="button" class="button button--secondary" data-use-location-button="">
            {messages().locator.form.useLocation}
          </button>{' '}
          <span class="small" data-use-location-status="" aria-live="polite">
            {messages().locator.form.useLocationNote}
          </span>
        </p>
      ))}
      <details
        class="filters"
        open={
          (props.openFilters && chosen > 0) || FILTER_GROUPS.some((g) => errors[g]) || Boolean(errors.include || errors.checked)
        }
      >
        <summary>
          {messages().locator.form.filters}
          {chosen > 0 ? plural(messages().locator.form.chosen, chosen) : ''}
        </summary>
        <div class="filters-grid">
          {FILTER_GROUPS.map((group) => (
            <FilterGroupChoices group={group} selected={values.filters[group]} error={errors[group]} />
          ))}
          {includeChoice(values.include, errors.include)}
          {checkedChoice(values.checked, errors.checked)}
        </div>
      </details>
      <div class="button-group">
        <button type="submit" class="button">
          {messages().locator.form.search}
        </button>
      </div>
    </form>
  );
}
