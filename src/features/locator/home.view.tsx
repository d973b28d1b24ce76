import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { type GuideSlug, paths } from '../../ui/paths.ts';
import { emptyForm, SearchForm } from './search-form.view.tsx';

/** The guides the home page points to, and the catalogue entry with their words. */
const GUIDES: [GuideSlug, 'options' | 'medications' | 'detox' | 'overdose'][] = [
  ['heroin-rehab-treatment-options', 'options'],
  ['medications-for-opioid-use-disorder', 'medications'],
  ['detox-and-withdrawal', 'detox'],
  ['overdose-signs-and-naloxone', 'overdose'],
];

export function HomePage(props: { facilities: number }) {
  const m = messages().locator.home;
  return (
    <Layout title={m.title} description={m.description} canonicalPath={paths.home()} section="find" scripts={['locator.js']}>
      <h1>{m.heading}</h1>
      <p class="lead">{fill(m.lead, { count: props.facilities })}</p>
      <SearchForm values={emptyForm()} errors={{}} />
      <div class="notice">
        <p>
          {rich(m.notSure, {
            strong: (words) => <strong>{words}</strong>,
            selfcheck: (words) => <a href={paths.selfCheck()}>{words}</a>,
          })}
        </p>
      </div>
      <h2>{m.learn}</h2>
      <ul class="cards">
        {GUIDES.map(([slug, key]) => (
          <li>
            <h3>
              <a href={paths.guide(slug)}>{m.guides[key].title}</a>
            </h3>
            <p>{m.guides[key].text}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href={paths.guides()}>{m.allGuides}</a>
      </p>
      <HelplineBox />
    </Layout>
  );
}
