import type { Child } from 'hono/jsx';
import { messages } from './messages/index.ts';

/**
 * Form pieces that own their accessibility wiring: every input has a label, its hint and error are linked
 * with aria-describedby, and an error marks the field, so a page cannot get these wrong by accident.
 * Modelled on the GOV.UK Design System components.
 */

export interface FieldError {
  /** The id of the input the message is about; the error summary links to it. */
  href: string;
  text: string;
}

/** The problems on a page, each linking to its input; `children` (a "Did you mean …?", say) follow the list. */
export function ErrorSummary(props: { errors: FieldError[]; title?: string; children?: Child }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-error-summary="">
      <h2 id="error-summary-title">{props.title ?? messages().layout.errorSummary.title}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#${e.href}`}>{e.text}</a>
          </li>
        ))}
      </ul>
      {props.children}
    </div>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The input's id, and the hint and error message that belong to it. */
interface HintAndErrorProps {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** What the labelled single-input fields (TextInput, Select, TextArea) all take. */
interface LabelledFieldProps extends HintAndErrorProps {
  name: string;
  label: string;
}

/** The hint and the error message under a label, with the ids that aria-describedby points at. */
function HintAndError(props: HintAndErrorProps) {
  return (
    <>
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="error-message" id={`${props.id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

/** What every single-input field shares: its wrapper, label, hint and error, around the input itself. */
function Field(props: Omit<LabelledFieldProps, 'name'> & { labelClass?: string | undefined; children: Child }) {
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class={`label ${props.labelClass ?? ''}`.trim()} for={props.id}>
        {props.label}
      </label>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

/** The input's own wiring to its hint and error. */
const fieldAria = (props: HintAndErrorProps) => ({
  'aria-describedby': describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`),
  'aria-invalid': props.error ? ('true' as const) : undefined,
});

export function TextInput(
  props: LabelledFieldProps & {
    value?: string | undefined;
    type?: 'text' | 'email' | 'search' | 'tel' | 'password';
    autocomplete?: string;
    inputmode?: 'text' | 'numeric' | 'email' | 'search';
    short?: boolean;
    maxlength?: number;
    spellcheck?: boolean;
    labelClass?: string;
  },
) {
  return (
    <Field {...props}>
      <input
        class={`input${props.short ? ' input--short' : ''}${props.error ? ' input--error' : ''}`}
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        spellcheck={props.spellcheck}
        {...fieldAria(props)}
      />
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** A group of checkboxes or radios in a fieldset whose legend is the question. */
export function ChoiceGroup(props: {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  legend: string;
  legendClass?: string;
  hint?: string | undefined;
  error?: string | undefined;
  choices: Choice[];
  selected: readonly string[];
  inline?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(hintId, errorId)}>
        <legend class={props.legendClass}>{props.legend}</legend>
        <HintAndError id={props.id} hint={props.hint} error={props.error} />
        <div class={props.inline ? 'choices choices--inline' : 'choices'}>
          {props.choices.map((choice, i) => {
            // The first input takes the group id, so the error summary's link lands on it.
            const inputId = i === 0 ? props.id : `${props.id}-${i + 1}`;
            const choiceHintId = choice.hint ? `${inputId}-hint` : undefined;
            return (
              <div class="choice">
                <input
                  type={props.type}
                  id={inputId}
                  name={props.name}
                  value={choice.value}
                  checked={props.selected.includes(choice.value)}
                  aria-describedby={choiceHintId}
                />
                <div>
                  <label for={inputId}>{choice.label}</label>
                  {choice.hint ? (
                    <span class="hint" id={choiceHintId}>
                      {choice.hint}
                    </span>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Select(
  props: LabelledFieldProps & {
    options: { value: string; label: string }[];
    selected: string;
  },
) {
  return (
    <Field {...props}>
      <select class={`select${props.error ? ' input--error' : ''}`} id={props.id} name={props.name} {...fieldAria(props)}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.selected}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A multi-line text box, with the same label, hint and error wiring as TextInput. */
export function TextArea(
  props: LabelledFieldProps & {
    value?: string | undefined;
    rows?: number;
    maxlength?: number;
    autocomplete?: string;
  },
) {
  return (
    <Field {...props}>
      <textarea
        class={`textarea${props.error ? ' input--error' : ''}`}
        id={props.id}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxlength}
        autocomplete={props.autocomplete}
        {...fieldAria(props)}
      >
        {props.value ?? ''}
      </textarea>
    </Field>
  );
}
