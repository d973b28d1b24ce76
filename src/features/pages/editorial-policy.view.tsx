import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import type { Sponsor } from '../../ui/sponsor.tsx';
import { ReportProblem } from './report-problem.view.tsx';

/** How guides are written and reviewed, and how the site is paid for. Says honestly whether a sponsor is on now. */
export function EditorialPolicyPage(props: { sponsor: Sponsor | undefined; issuesUrl: string | undefined }) {
  return (
    <Layout
      title="How we write and fund this site"
      description="How Open Treatment writes, checks and reviews its guides, how medical review is shown, and how the site is paid for."
      canonicalPath={paths.about.editorialPolicy()}
    >
      <h1>How we write and fund this site</h1>
      <p class="lead">
        You should be able to trust what you read here and know who is behind it. This page explains how we write our guides, how
        we check them, and how the site is paid for.
      </p>

      <h2 id="writing">How we write our guides</h2>
      <ul>
        <li>
          We write for people with opioid use disorder and the people who care about them, in plain words and without judgment.
        </li>
        <li>
          We base every guide on trusted sources: US health agencies such as SAMHSA, NIDA, the CDC and the FDA, medical
          guidelines, and published research. We write in our own words.
        </li>
        <li>
          Important facts have a numbered link to their source. The sources are listed at the end of each guide, with the date we
          read them.
        </li>
        <li>
          We say how sure we are. When experts disagree, the research is thin, or the rules differ from state to state, the guide
          says so.
        </li>
        <li>
          Our guides give information, not medical advice. They never tell anyone to start, stop or change a medicine. Decisions
          about treatment are for you and a clinician you trust.
        </li>
      </ul>

      <h2 id="review-dates">Review dates</h2>
      <p>
        Every guide shows when it was last reviewed and when its next review is due, and the date we last checked its facts
        against its sources. If a guide goes past its review date before we check it again, the guide says so at the top until we
        do.
      </p>

      <h2 id="medical-review">Medical review</h2>
      <p>
        We want every guide to be checked by a clinician, such as a doctor, nurse practitioner or pharmacist who treats substance
        use disorders. We are honest about where each guide stands:
      </p>
      <ul>
        <li>When a clinician has reviewed a guide, we show their name, their qualifications and the date.</li>
        <li>
          When no clinician has reviewed it yet, the guide says so plainly, in one line at the top. We never invent a reviewer or
          suggest a review that did not happen.
        </li>
        <li>
          The rules of the self-check are reviewed the same way, and “How the self-check works” says where they stand. A review
          covers the version the clinician read: when we change a guide or the rules, we ask them to look again.
        </li>
      </ul>

      <h2 id="corrections">Corrections</h2>
      <p>
        If you think something in a guide is wrong or out of date, please <ReportProblem issuesUrl={props.issuesUrl} /> and tell
        us which guide and what you found. We check every report, correct mistakes, and update the guide's review date. Issues
        there can be read by anyone, so please leave out anything personal.
      </p>

      <h2 id="funding">How we are funded</h2>
      <p>Open Treatment is free, open-source software. Nobody pays to be in our guides or our search results.</p>
      <p>
        The people who run this site may choose to show one paid advertisement, from a single sponsor, to help cover the cost of
        running it.
      </p>
      <p>
        <strong>Right now:</strong>{' '}
        {props.sponsor
          ? `this site shows paid advertising from ${props.sponsor.name} on some guide pages.`
          : 'this site shows no paid advertising.'}
      </p>

      <h2 id="sponsors">How we choose and fund sponsors</h2>
      <h3>Who can be a sponsor</h3>
      <ul>
        <li>One sponsor at a time, chosen by the people who run this site.</li>
        <li>An organization you can check for yourself, with a real phone number that it answers.</li>
        <li>
          Not one that turns people away because they take methadone, buprenorphine or naltrexone, or that tells people these
          medicines are wrong.
        </li>
        <li>Not one that pays, or is paid, for sending people to treatment.</li>
      </ul>
      <h3>What a sponsor pays for</h3>
      <p>
        A fixed fee for the space, for a set time. The fee never depends on how many people see the box, click it or call, because
        we count none of that: the box has no tracking, and its link does not tell the sponsor's website that you came from here.
      </p>
      <h3>Where the box appears</h3>
      <ul>
        <li>
          Only at the very end of some guide pages: after the guide, its sources and the help lines, never above a help line.
        </li>
        <li>
          It never appears in or between search results, or on treatment place pages, the crisis page, the self-check or its
          results, the guide to overdose signs and naloxone, or the guide to helping someone you love.
        </li>
        <li>
          It is labelled “Paid advertising from” and the sponsor's name, and looks different from our own content. It shows the
          sponsor's own phone number and website.
        </li>
        <li>
          Its short description is the sponsor's own words, shown in quotation marks after “In their words”. We do not write it,
          and it is not our advice.
        </li>
      </ul>
      <h3>What a sponsor never gets</h3>
      <ul>
        <li>Any say in our guides: the sponsor does not write, check or approve them.</li>
        <li>Any effect on search results. It does not change how places are ranked.</li>
        <li>Anything about you: we keep nothing about visitors to share.</li>
      </ul>

      <h2 id="ranking">How search results are ranked</h2>
      <p>
        When you search for treatment, places are ordered only by how far they are from where you searched and how well they match
        the choices you made, such as the type of care or payment. There are no paid listings. No one can pay to be included, to
        appear higher, or to be marked as recommended. Our list of places comes from public SAMHSA data; read{' '}
        <a href={paths.about.data()}>about our data</a>.
      </p>
    </Layout>
  );
}
