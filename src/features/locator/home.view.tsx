import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import { emptyForm, SearchForm } from './search-form.view.tsx';

const GUIDES = [
  {
    href: '/guides/heroin-rehab-treatment-options',
    title: 'Your treatment options',
    text: 'From outpatient visits to a hospital stay: what each kind of care is, and who it fits.',
  },
  {
    href: '/guides/medications-for-opioid-use-disorder',
    title: 'Medications that help',
    text: 'Methadone, buprenorphine and naltrexone: how they work and where to get them.',
  },
  {
    href: '/guides/detox-and-withdrawal',
    title: 'Detox and withdrawal',
    text: 'What withdrawal feels like, how long it lasts, and why it is safer with help.',
  },
  {
    href: '/guides/overdose-signs-and-naloxone',
    title: 'Overdose and naloxone',
    text: 'The signs of an overdose and what to do, step by step.',
  },
];

export function HomePage(props: { facilities: number }) {
  return (
    <Layout
      title="Find treatment for opioid use disorder"
      description="Find treatment for heroin and other opioid use near you, privately. Free, with no tracking and no ads in results."
      canonicalPath={paths.home()}
      section="find"
      scripts={['locator.js']}
    >
      <h1>Find treatment for heroin and other opioid use</h1>
      <p class="lead">
        Search {props.facilities.toLocaleString('en-US')} places across the US that treat substance use. It is free and private:
        we don’t track you, and nothing you type is sent to any other company.
      </p>
      <SearchForm values={emptyForm()} errors={{}} />
      <div class="notice">
        <p>
          <strong>Not sure what kind of help to look for?</strong> Our <a href="/self-check">self-check</a> asks a few questions
          and suggests what to ask about. It takes about 5 minutes, and your answers never leave your device.
        </p>
      </div>
      <h2>Learn about treatment</h2>
      <ul class="cards">
        {GUIDES.map((g) => (
          <li>
            <h3>
              <a href={g.href}>{g.title}</a>
            </h3>
            <p>{g.text}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href="/guides">All guides</a>
      </p>
      <HelplineBox />
    </Layout>
  );
}
