/**
 * /crisis: what to do right now. Plain HTML with big tel: links, so it works on any phone with no
 * JavaScript. Sections have stable ids (`CRISIS_SECTIONS`) that the self-check's safety screen links to.
 * Sources (also listed at the end of the page):
 * - overdose signs: CDC, archived at http://medbox.iiab.me/modules/en-cdc/www.cdc.gov/drugoverdose/prevention/index.html,
 *   and https://www.cdph.ca.gov/Programs/CCDPHP/opioids/Pages/Prevention.aspx;
 * - the five steps: SAMHSA Opioid Overdose Prevention Toolkit, "Five essential steps for first responders";
 * - naloxone over the counter (FDA, March 29, 2023):
 *   https://maestrodatabase.com/blog/fda-approves-first-over-the-counter-naloxone-nasal-spray (quotes the FDA release);
 * - Good Samaritan laws: http://www.ncsl.org/research/civil-and-criminal-justice/drug-overdose-immunity-good-samaritan-laws.aspx;
 * - help lines: see src/ui/helplines.ts. The medical red flags are clinical convention, not one validated instrument.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, NEVER_USE_ALONE, POISON_CONTROL, SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { paths } from '../../ui/paths.ts';
import {
  CallButton,
  MedicalSection,
  OverdoseSection,
  PoisonSection,
  Section,
  SuicideSection,
  TextButton,
} from './crisis-sections.view.tsx';
import { CRISIS_SECTIONS, type CrisisSection } from './self-check.rules.ts';

const SECTIONS: Record<CrisisSection, (props: { first: boolean }) => Child> = {
  overdose: OverdoseSection,
  medical: MedicalSection,
  suicide: SuicideSection,
  poison: PoisonSection,
};

/**
 * The crisis page. `first` puts one part at the top, marked out, right after the call buttons: the self-check
 * does this (without JavaScript) for the danger someone ticked, on the very page that answers their form.
 */
export function CrisisPage(props: { first?: CrisisSection } = {}) {
  const order = props.first ? [props.first, ...CRISIS_SECTIONS.filter((s) => s !== props.first)] : CRISIS_SECTIONS;
  return (
    <>
      <h1>Get help now</h1>
      <p class="lead">
        If someone could die or be badly hurt, call 911 now. You do not need to be sure. It is always OK to call.
      </p>
      <div class="button-group crisis-calls">
        <CallButton line={EMERGENCY_911} label="Call 911" warning />
        <CallButton line={CRISIS_988} label="Call 988" />
        <TextButton line={CRISIS_988} label="Text 988" />
        <CallButton line={POISON_CONTROL} label={`Poison Control ${POISON_CONTROL.display}`} />
      </div>

      {order.map((id) => {
        const Part = SECTIONS[id];
        return <Part first={id === props.first} />;
      })}

      <Section id="use-alone" title="If you are going to use alone">
        <p>
          Call Never Use Alone at <HelplineLink line={NEVER_USE_ALONE} />. Someone stays on the line and sends help to where you
          are if you stop answering. Keep naloxone close.
        </p>
        <p>
          After a break from opioids, such as detox, jail, a hospital stay or stopping treatment, the body can no longer handle
          the amount it used to. Using the old amount can cause an overdose.
        </p>
      </Section>

      <Section id="not-an-emergency" title="When it is not an emergency">
        <ul>
          <li>
            Call the {SAMHSA_HELPLINE.name} at <HelplineLink line={SAMHSA_HELPLINE} />: free, private help finding treatment, any
            time, in English and Spanish.
          </li>
          <li>
            Take the <a href={paths.selfCheck()}>self-check</a> to see what kind of treatment to ask about.
          </li>
          <li>
            <a href={paths.find()}>Find treatment near you</a>.
          </li>
        </ul>
      </Section>

      <h2>Where this comes from</h2>
      <ul class="references small">
        <li>Overdose signs: Centers for Disease Control and Prevention (CDC); California Department of Public Health.</li>
        <li>Overdose steps: SAMHSA Opioid Overdose Prevention Toolkit, “Five essential steps for first responders”.</li>
        <li>Naloxone over the counter: U.S. Food and Drug Administration, 2023.</li>
        <li>988 Suicide & Crisis Lifeline (988lifeline.org); Poison Control (poisoncontrol.org); Never Use Alone.</li>
        <li>Good Samaritan overdose laws: National Conference of State Legislatures.</li>
      </ul>
    </>
  );
}
