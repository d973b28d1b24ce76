import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { Layout } from '../../ui/layout.tsx';
import { paths } from '../../ui/paths.ts';
import { ReportProblem } from './report-problem.view.tsx';

export function AccessibilityPage(props: { issuesUrl: string | undefined }) {
  return (
    <Layout
      title="Accessibility"
      description="How we make Open Treatment usable for everyone, how we test it, and how to tell us about a problem."
      canonicalPath={paths.about.accessibility()}
    >
      <h1>Accessibility</h1>
      <p class="lead">
        Everyone should be able to use Open Treatment, whatever device they have and however they use it. We aim to meet the Web
        Content Accessibility Guidelines (WCAG) 2.2 at level AA.
      </p>

      <h2 id="what-you-can-do">What you should be able to do</h2>
      <ul>
        <li>use every page with a keyboard alone, and always see where you are on the page</li>
        <li>use the site with a screen reader, voice control or screen magnifier</li>
        <li>zoom in up to 400% and read the page without scrolling sideways</li>
        <li>use the site on a small phone screen</li>
        <li>
          use everything with JavaScript turned off: searching, the self-check and signing up for emails all work as plain web
          forms
        </li>
        <li>leave the site quickly with the “Quick exit” button, or by pressing the Escape key twice</li>
        <li>print a guide, with its sources, without menus or ads</li>
      </ul>
      <p>
        Forms tell you clearly what needs fixing and keep what you typed. Nothing on the site has a time limit, moves on its own,
        or flashes.
      </p>

      <h2 id="how-we-test">How we test</h2>
      <ul>
        <li>
          Our automated tests open every kind of page in the Chromium browser and check it with axe, a tool that finds many common
          accessibility problems.
        </li>
        <li>We test the main tasks (searching, reading a guide, the self-check) with JavaScript turned off as well as on.</li>
        <li>We check that every form field has a label, and that every error message is linked to its field.</li>
      </ul>
      <p>
        Automated tools cannot find every problem. We have not yet had a full audit by accessibility specialists, or testing
        sessions with disabled people who use assistive technology. We would like to, and we will say here when we have.
      </p>

      <h2 id="known-problems">Known problems</h2>
      <p>We do not know of any problems right now. If you find one, we want to hear about it.</p>

      <h2 id="report-a-problem">Tell us about a problem</h2>
      <p>
        If something on the site is hard to use, please tell us: <ReportProblem issuesUrl={props.issuesUrl} />. Say which page you
        were on, what you were trying to do, and what device, browser or assistive technology you use, if you know.
      </p>
      <p>
        Issues there can be read by anyone, so please do not include your name, health details or anything else personal. If you
        need help finding treatment now, call the SAMHSA National Helpline at <HelplineLink line={SAMHSA_HELPLINE} /> (free,
        private, any time).
      </p>
    </Layout>
  );
}
