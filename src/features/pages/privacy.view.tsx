import { Layout } from '../../ui/layout.tsx';
import { ReportProblem } from './report-problem.view.tsx';

/**
 * What the site keeps about a visitor. Every sentence here must stay true of the code: if a feature starts
 * storing or sending anything new, this page changes in the same commit. The legal section is hedged on
 * purpose: it is our reading, not a lawyer's opinion, of 42 CFR Part 2 as amended in 2024 (89 FR 12472,
 * https://regulations.justia.com/regulations/fedreg/2024/02/16/2024-02544.html) and the FTC Health Breach
 * Notification Rule (89 FR 47028, https://regulations.justia.com/regulations/fedreg/2024/05/30/2024-10855.html;
 * https://ftc.gov/business-guidance/resources/health-breach-notification-rule-basics-business).
 */
export function PrivacyPage(props: { issuesUrl: string | undefined }) {
  return (
    <Layout
      title="Privacy"
      description="Open Treatment keeps nothing about you unless you join our email list or report a problem with a listing. No cookies, no trackers, no searches or answers saved."
      canonicalPath="/about/privacy"
    >
      <h1>Privacy</h1>
      <p class="lead">
        You can use Open Treatment without telling us who you are. We keep nothing about you unless you choose to join our email
        list or to send us a report about a listing.
      </p>

      <h2 id="what-we-keep">What we keep about you</h2>
      <p>Nothing, unless you join our email list or report a problem with a listing. In particular:</p>
      <ul>
        <li>
          <strong>Your searches are not saved.</strong> We use the ZIP code, city or location you search with to find places near
          you, show you the results, and then forget it.
        </li>
        <li>
          <strong>Your self-check answers are not saved.</strong> They are used to show you your result, and that is all.
        </li>
        <li>There are no accounts and no sign-in for visitors, so there is no profile of you to keep.</li>
      </ul>

      <h2 id="email-list">If you join our email list</h2>
      <p>To send you emails, we keep:</p>
      <ul>
        <li>your email address</li>
        <li>your first name, if you give it</li>
        <li>when you signed up, when you confirmed, and when we last sent you an email about signing up</li>
        <li>
          the codes in your confirm and unsubscribe links, stored only in a scrambled form that cannot be turned back into the
          link
        </li>
      </ul>
      <p>
        We use these only to send you our emails. We do not sell them or share them with anyone. If you sign up but never confirm,
        we delete your sign-up after a short time.
      </p>
      <p>
        When the sign-up form is sent, we also keep a scrambled code made from your IP address for 10 minutes, so that no one can
        send the form again and again. The code cannot be turned back into your IP address, and we delete it within an hour after
        that.
      </p>
      <p>
        <strong>Leaving is easy.</strong> Every email has an unsubscribe link. Follow it, press one button, and we delete your
        email address and name.
      </p>

      <h2 id="reports">If you report a problem with a listing</h2>
      <p>
        Every place’s page has a link that says “Something wrong with this listing?”. If you use it, we keep what you send: what
        is wrong, the right phone number, address or service if you give one, what you write in the box, your email address if you
        give it, and when you sent it.
      </p>
      <ul>
        <li>Only our editors read it. They use it to check the listing, usually by calling the place.</li>
        <li>We use your email address only to answer your report. We never add it to our email list.</li>
        <li>
          When we fix a listing, we publish only what changed, the day we checked and how (for example “called the facility”).
          Never your words, your email address or anything about you.
        </li>
        <li>
          <strong>We delete what you wrote and your email address 90 days after we close your report.</strong> A program does this
          every hour.
        </li>
        <li>
          So that no one can send the form again and again, we keep a scrambled code made from your IP address for an hour. It
          cannot be turned back into your IP address.
        </li>
      </ul>
      <p>Please do not put your name or anything about your health in a report. We do not need them.</p>

      <h2 id="no-cookies">No cookies and no trackers</h2>
      <ul>
        <li>
          We do not set cookies on any page you use. The only cookie on this site belongs to the sign-in pages for our editors
          (under /editor), and it is never sent to any other page.
        </li>
        <li>
          There are no analytics, ads networks, tracking pixels, social media buttons, or fonts and maps from other companies.
          Every part of every page comes from this site, and our automated tests check that no page asks another website for
          anything.
        </li>
        <li>When you follow a link from here to another website, your browser is told not to say which page you came from.</li>
      </ul>

      <h2 id="location">“Use my location”</h2>
      <p>
        If you choose to search using your location, your browser asks you first. Before your location leaves your device, our
        page rounds it to about 1 kilometer (a little over half a mile), so we never receive your exact position. We use it for
        that one search, like a ZIP code, and do not keep it.
      </p>

      <h2 id="logs">What our server records</h2>
      <p>
        Like any website, ours keeps a short technical record so we can fix problems. It notes which kind of page was asked for,
        whether it worked and how long it took. It does not record what you searched for, ZIP codes, locations, self-check
        answers, email addresses, what you wrote in a report or your IP address (the number that identifies your internet
        connection).
      </p>
      <p>
        Open Treatment is open-source software that anyone can run. The company that hosts a copy of it may keep its own records.
        If that matters to you, ask the people who run this copy.
      </p>

      <h2 id="health-privacy-laws">Health privacy laws</h2>
      <p>
        Laws such as HIPAA and the federal rules for substance use treatment records (called 42 CFR Part 2) mainly protect records
        kept by health care providers and treatment programs. Open Treatment does not give treatment, does not diagnose anyone and
        does not refer you to a particular program. So, as we understand it, these laws probably do not cover this site, and we do
        not claim to be “HIPAA compliant”. This is our reading of the rules, not legal advice.
      </p>
      <p>
        That is one more reason we keep so little: what we never collect, we cannot lose or be made to hand over. When you contact
        a treatment place, its own privacy rules apply, and it can tell you how it protects your records.
      </p>

      <h2 id="questions">Questions about privacy</h2>
      <p>
        To ask a question or tell us about a problem, <ReportProblem issuesUrl={props.issuesUrl} />. Issues there can be read by
        anyone, so please do not include your name, health details or anything else personal.
      </p>
    </Layout>
  );
}
