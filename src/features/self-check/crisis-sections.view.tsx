/**
 * The parts of /crisis, one component each, so the page can put the one the self-check sent someone to first.
 * Sources are listed in crisis.view.tsx.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, type Helpline, POISON_CONTROL } from '../../ui/helplines.ts';
import type { CrisisSection } from './self-check.rules.ts';

export function CallButton(props: { line: Helpline; label: string; warning?: boolean }) {
  return (
    <HelplineLink line={props.line} class={`button call-button${props.warning ? ' button--warning' : ''}`}>
      {props.label}
    </HelplineLink>
  );
}

export function TextButton(props: { line: Helpline; label: string }) {
  return (
    <HelplineLink line={props.line} sms class="button call-button button--secondary">
      {props.label}
    </HelplineLink>
  );
}

export function Section(props: {
  id: CrisisSection | 'use-alone' | 'not-an-emergency';
  title: string;
  first?: boolean;
  children?: Child;
}) {
  return (
    <section
      id={props.id}
      class={props.first ? 'crisis-section crisis-section--first' : 'crisis-section'}
      aria-labelledby={`${props.id}-title`}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Overdose signs, the five steps and naloxone. */
export function OverdoseSection(props: { first: boolean }) {
  return (
    <Section first={props.first} id="overdose" title="If someone may be having an overdose">
      <p>Signs of an opioid overdose include:</p>
      <ul>
        <li>they will not wake up, or do not respond when you shout or touch them</li>
        <li>breathing is very slow or shallow, or has stopped</li>
        <li>choking, gurgling or snoring sounds</li>
        <li>very small, “pinpoint” pupils</li>
        <li>lips or fingernails that are blue, purple or gray, or skin that is pale or cold</li>
        <li>a limp body</li>
      </ul>
      <p>
        <strong>If you are not sure, treat it as an overdose.</strong>
      </p>
      <ol class="steps">
        <li>
          <strong>Call 911.</strong> Say the person is not breathing or will not wake up, and give the address.{' '}
          <CallButton line={EMERGENCY_911} label="Call 911" warning />
        </li>
        <li>
          <strong>Check for the signs above.</strong> Shout their name and see whether they respond.
        </li>
        <li>
          <strong>Help them breathe.</strong> Do rescue breaths or CPR if the 911 dispatcher tells you how.
        </li>
        <li>
          <strong>Give naloxone (Narcan) if you have it.</strong> Spray it into one nostril. If there is no response after 2 to 3
          minutes, give a second dose.
        </li>
        <li>
          <strong>Stay with them until help arrives.</strong> If they are breathing, roll them onto their side so they will not
          choke.
        </li>
      </ol>
      <p>Do not slap them, put them in a cold bath or shower, inject anything into them, or try to make them throw up.</p>
      <h3>About naloxone</h3>
      <ul>
        <li>Naloxone nasal spray, such as Narcan, is sold over the counter in pharmacies. No prescription is needed.</li>
        <li>
          In someone who takes opioids, naloxone can cause sudden withdrawal. That is expected, and it is much less dangerous than
          an overdose.
        </li>
        <li>
          Naloxone can wear off before the opioid does. Even if they wake up, they still need emergency care, so stay with them.
        </li>
      </ul>
      <p>
        Most states have laws that protect people who call 911 about an overdose from some drug charges. The details differ from
        state to state. Call anyway: a life matters more.
      </p>
    </Section>
  );
}

/** Medical emergencies: when to call 911 or go to an emergency room. */
export function MedicalSection(props: { first: boolean }) {
  return (
    <Section first={props.first} id="medical" title="If it is a medical emergency">
      <p>Call 911 or go to an emergency room now for:</p>
      <ul>
        <li>a seizure (a fit)</li>
        <li>chest pain, or trouble breathing</li>
        <li>being very confused, or seeing or hearing things that are not there</li>
        <li>fainting</li>
        <li>not being able to keep water down for many hours, or signs of dehydration</li>
        <li>blood in vomit or stool, or a high fever</li>
        <li>withdrawal during pregnancy</li>
        <li>shaking, sweating or confusion when stopping alcohol or benzos: this withdrawal can be life-threatening</li>
        <li>a wound that is red, hot, swollen or spreading</li>
      </ul>
      <p>
        <CallButton line={EMERGENCY_911} label="Call 911" warning />
      </p>
    </Section>
  );
}

/** Thoughts of suicide or self-harm: 988. */
export function SuicideSection(props: { first: boolean }) {
  return (
    <Section first={props.first} id="suicide" title="If someone is thinking about suicide or self-harm">
      <p>
        Call or text <strong>988</strong>, the Suicide & Crisis Lifeline, any time of day. It is free and private, and it helps
        with crises involving drugs or alcohol too. Press 1 for veterans, 2 for Spanish. You can also chat at 988lifeline.org.
      </p>
      <div class="button-group">
        <CallButton line={CRISIS_988} label="Call 988" />
        <TextButton line={CRISIS_988} label="Text 988" />
      </div>
      <p>If someone has already hurt themselves, or is in danger right now, call 911.</p>
    </Section>
  );
}

/** A medicine or drug taken by mistake: Poison Control. */
export function PoisonSection(props: { first: boolean }) {
  return (
    <Section first={props.first} id="poison" title="If someone took a medicine or drug by mistake">
      <p>
        For example, a child swallowed a buprenorphine film or some methadone. Call Poison Control: free, private expert advice,
        any time of day.
      </p>
      <p>
        <CallButton line={POISON_CONTROL} label={`Call Poison Control ${POISON_CONTROL.display}`} />
      </p>
      <p>If they are not breathing, will not wake up or have a seizure, call 911 instead.</p>
    </Section>
  );
}
