/**
 * The self-check in the browser. Bundled into public/self-check.js by scripts/build-client.ts.
 *
 * With JavaScript on, a submitted step is handled right here with the same flow, rules and views the server
 * uses, and no answer is sent anywhere. If anything goes wrong, we do not cancel the submission, so the form
 * falls back to the server, exactly as it works without JavaScript.
 *
 * @module
 */
import { setLocaleSource } from '../../ui/locale.ts';
import { crisisUrl, nextScreen, parseSubmission, type Screen, screenTitle } from './self-check.flow.ts';
import { QUESTIONS } from './self-check.questions.ts';
import { SelfCheckScreen } from './self-check.view.tsx';

// The page's language is its <html lang> (set by the server from the path: /es/… is Spanish).
setLocaleSource(() => (document.documentElement.lang === 'es' ? 'es' : 'en'));

interface Shown {
  html: string;
  title: string;
}

function fieldsOf(form: HTMLFormElement, submitter: HTMLElement | null): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (name: string, value: string) => {
    const list = fields[name] ?? [];
    list.push(value);
    fields[name] = list;
  };
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') add(name, value);
  // FormData leaves out the button that was pressed; its name and value say what to do next.
  if (submitter instanceof HTMLButtonElement && submitter.name) add(submitter.name, submitter.value);
  return fields;
}

function enhance(root: HTMLElement) {
  const siteName = document.title.split(' – ').pop() ?? '';
  const shown: Shown[] = [{ html: root.innerHTML, title: document.title }];
  let current = 0;

  function afterRender() {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print]')) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
  }

  function display(entry: Shown) {
    root.innerHTML = entry.html;
    document.title = entry.title;
    afterRender();
    window.scrollTo(0, 0);
    // Move focus to what changed, as a new page load would: the error summary, or the heading.
    const target = root.querySelector<HTMLElement>('[data-error-summary]') ?? root.querySelector<HTMLElement>('h1');
    target?.focus();
  }

  /** Keep what was ticked on the screen being left, so the browser's Back button shows it again. */
  function remember() {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      input.toggleAttribute('checked', input.checked);
    }
    const entry = shown[current];
    if (entry) entry.html = root.innerHTML;
  }

  function show(screen: Screen) {
    remember();
    const errors = screen.kind === 'step' && screen.errors.length > 0;
    const entry = {
      html: String(<SelfCheckScreen screen={screen} />),
      title: `${errors ? 'Error: ' : ''}${screenTitle(screen)} – ${siteName}`,
    };
    shown.length = current + 1;
    shown.push(entry);
    current = shown.length - 1;
    // Only a screen number goes into the history; the answers stay in this page's memory.
    history.pushState({ selfCheck: current }, '');
    display(entry);
  }

  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-self-check-form')) return;
    let screen: Screen;
    try {
      const parsed = parseSubmission(fieldsOf(form, event.submitter));
      if (!parsed.ok) return; // let the server explain
      screen = nextScreen(parsed.submission);
    } catch {
      return;
    }
    event.preventDefault();
    if (screen.kind === 'crisis') {
      window.location.assign(crisisUrl(screen.section));
      return;
    }
    show(screen);
  });

  // "None of these" and the other answers to the same question exclude each other.
  root.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox' || !input.checked) return;
    const question = QUESTIONS.get(input.name);
    if (!question) return;
    const exclusive = new Set(question.choices.filter((c) => c.exclusive).map((c) => c.value));
    for (const other of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (other === input || other.name !== input.name) continue;
      if (exclusive.has(input.value) || exclusive.has(other.value)) other.checked = false;
    }
  });

  window.addEventListener('popstate', (event) => {
    const index = (event.state as { selfCheck?: number } | null)?.selfCheck ?? 0;
    const entry = shown[index];
    if (!entry) return;
    current = index;
    display(entry);
  });

  history.replaceState({ selfCheck: 0 }, '');
  afterRender();
}

const root = document.querySelector<HTMLElement>('[data-module="self-check"]');
if (root) enhance(root);
