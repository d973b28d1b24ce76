import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { STEPS } from '../../src/features/self-check/self-check.questions.ts';
import { axeViolations, IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

/** One screen of a journey: the labels to tick, then the button to press. */
interface Answer {
  heading: RegExp;
  check?: string[];
  press?: 'Continue' | 'Skip this question';
}

/** For someone else; every kind of question, some skipped. Expect residential (people at home use). */
const HELPING_SOMEONE: Answer[] = [
  { heading: /^First, is anyone in danger right now\?$/ },
  { heading: /^Who are you answering for\?$/, check: ['Someone I am helping, like a family member, partner or friend'] },
  { heading: /^What do they use\?$/, check: ['Heroin or fentanyl', 'Smoking or snorting'] },
  { heading: /^How often do they use/, check: ['Every day or most days, for a year or more'] },
  { heading: /^When they stopped or cut down before/, check: ['Felt sick, but got through it'] },
  { heading: /^Do they have any of these health problems\?$/, press: 'Skip this question' },
  { heading: /^How is their mental health\?$/, check: ['None of these'] },
  { heading: /^Are they pregnant\?$/, check: ['No, or this does not apply'] },
  { heading: /^What is home like for them/, check: ['Other people there use drugs or drink a lot'] },
  { heading: /^Have they had treatment before/, press: 'Skip this question' },
  { heading: /^What can they do right now\?$/, check: ['Children live with them'] },
  { heading: /^Which medicines would they like/, check: ['Methadone'] },
  { heading: /^A few last things$/, check: ['Spanish', 'Medicaid'] },
];
const HELPING_SOMEONE_FIND = '/find?care=residential&medication=methadone&payment=medicaid&language=spanish';

/** For oneself: past hospital withdrawal and pregnancy. Expect medically managed care. */
const FOR_MYSELF: Answer[] = [
  { heading: /^First, is anyone in danger right now\?$/ },
  { heading: /^Who are you answering for\?$/, check: ['Myself'] },
  {
    heading: /^What do you use\?$/,
    check: [
      'Opioid pills not taken as prescribed, such as oxycodone, or pills bought on the street',
      'Benzodiazepines (“benzos”), such as Xanax, Valium or Klonopin',
    ],
  },
  { heading: /^How often do you use/, check: ['Every day or most days, for less than a year'] },
  { heading: /^When you stopped or cut down before/, check: ['Needed a hospital or an emergency room'] },
  {
    heading: /^Do you have any of these health problems\?$/,
    check: ['A wound, abscess or skin infection that is red, swollen or spreading'],
  },
  { heading: /^How is your mental health\?$/, press: 'Skip this question' },
  { heading: /^Are you pregnant\?$/, check: ['Yes'] },
  { heading: /^What is home like for you/, check: ['Safe, with people who support recovery'] },
  { heading: /^Have you had treatment before/, press: 'Skip this question' },
  { heading: /^What can you do right now\?$/, press: 'Skip this question' },
  { heading: /^Which medicines would you like/, check: ['Not sure yet'] },
  { heading: /^A few last things$/, check: ['No insurance'] },
];
const FOR_MYSELF_FIND =
  '/find?care=hospital&care=detox&medication=methadone&medication=buprenorphine&medication=naltrexone&payment=sliding&payment=free&population=pregnant';

/** Pages in a PDF: its page objects (not the /Pages tree node). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/** Letter paper with the margins a browser uses by default. */
const PRINT = { format: 'Letter', margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } } as const;

/** Every answer that can be given together: all boxes but the "none" ones, and the first answer to each radio. */
function everyAnswer(answeringFor: string): [string, string][] {
  const fields: [string, string][] = [['answering-for', answeringFor]];
  for (const q of STEPS.slice(2).flatMap((s) => s.questions)) {
    const choices = q.type === 'radio' ? q.choices.slice(0, 1) : q.choices.filter((c) => !c.exclusive);
    for (const c of choices) fields.push([q.id, c.value]);
  }
  return fields;
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').innerText()).trim();
}

/** Answers each screen as a person would: by the visible labels, then the button. */
async function answerAll(page: Page, answers: Answer[], eachScreen: (page: Page) => Promise<void>) {
  for (const answer of answers) {
    assert.match(await heading(page), answer.heading);
    await eachScreen(page);
    for (const label of answer.check ?? []) await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: answer.press ?? 'Continue', exact: true }).click();
    await page.waitForLoadState();
  }
}

/** Moves on without answering: Continue on the safety screen, "Skip this question" after it. */
async function skipScreens(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    await page
      .getByRole('button', { name: /^(Continue|Skip this question)$/ })
      .last()
      .click();
  }
}

/** The find-treatment button leads to the locator with the filters in the query, and the locator does not fail. */
async function followFindButton(page: Page, serverUrl: string, expected: string) {
  const link = page.getByRole('link', { name: 'Find treatment with these filters' });
  assert.equal(await link.getAttribute('href'), expected);
  const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/find'), link.click()]);
  const url = new URL(page.url());
  assert.equal(url.origin, serverUrl);
  assert.equal(`${url.pathname}${url.search}`, expected);
  // The locator is built separately; whatever state it is in, it must not fail on these filters.
  assert.ok(response.status() < 500, `/find answered ${response.status()}`);
}

describe('the self-check in Chromium', { concurrency: IN_PARALLEL }, () => {
  const site = useSiteInBrowser();

  test('without JavaScript: from the first question to a locator search, answers never in a URL, a one-page printout', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/self-check');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await answerAll(page, HELPING_SOMEONE, async (p) => {
      const url = new URL(p.url());
      assert.equal(`${url.pathname}${url.search}`, '/self-check', 'answers are posted, never put in the address');
    });

    assert.equal(await heading(page), 'A place to start: Residential treatment');
    const main = await page.locator('main').innerText();
    assert.match(main, /This is not a diagnosis or a placement/);
    assert.match(main, /Because you said other people where they live use drugs or drink a lot/);
    assert.match(main, /Medication is recommended for opioid use disorder at every level of care/);
    assert.match(main, /off all opioids for about 7 to 10 days/);

    // The printable summary is an ordinary page: it needs no script, and fits on one sheet.
    await page.getByRole('button', { name: 'Print or save this summary' }).click();
    assert.equal(await heading(page), 'Bring this to your first call');
    const summary = await page.locator('main').innerText();
    assert.match(summary, /Residential treatment/);
    assert.match(summary, /Questions to ask/);
    assert.match(summary, /Can children come along, or do you help with child care\?/);
    assert.match(summary, /Answers about the person I am helping/);
    assert.equal(await page.getByRole('button', { name: 'Print this page' }).isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Back to the result' }).isVisible(), false);
    assert.equal(pdfPageCount(await page.pdf({ format: 'Letter' })), 1, 'the summary prints on one page');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Back to the result' }).click();
    await followFindButton(page, site.server.url, HELPING_SOMEONE_FIND);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('the result page prints on at most two pages, its key panel black on white, even with every answer ticked', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    // The server's result page, as a browser without JavaScript gets it: the form a person sends from the last step.
    await page.route('**/assets/self-check.js*', (route) => route.abort());
    for (const who of ['myself', 'someone-else']) {
      await page.goto('/self-check');
      await Promise.all([
        page.waitForURL('**/self-check', { waitUntil: 'load' }),
        page.evaluate((fields) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = '/self-check';
          for (const [name, value] of [['step', 'practical'], ['go', 'next'], ...fields]) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name!;
            input.value = value!;
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        }, everyAnswer(who)),
      ]);
      await page.waitForSelector('.level-panel');
      // The URL was already /self-check, so waitForURL can return before the new page's stylesheets have loaded:
      // wait for this document's load event before reading computed styles.
      await page.waitForLoadState('load');
      assert.equal(await heading(page), 'A place to start: Medically managed care (hospital or medical detox)');

      await page.emulateMedia({ media: 'print' });
      // Printers leave out background colours: the panel's text must be black, on no colour, inside a border.
      const panel = await page.locator('.level-panel').evaluate((el) => {
        const colours = [el, ...el.querySelectorAll('*')].map((e) => getComputedStyle(e).color);
        const style = getComputedStyle(el);
        return { colours: [...new Set(colours)], background: style.backgroundColor, border: style.borderTopStyle };
      });
      assert.deepEqual(panel.colours, ['rgb(0, 0, 0)'], `${who}: every word in the panel is black`);
      assert.equal(panel.background, 'rgba(0, 0, 0, 0)', `${who}: no background colour`);
      assert.equal(panel.border, 'solid');
      const pages = pdfPageCount(await page.pdf(PRINT));
      assert.ok(pages >= 1 && pages <= 2, `${who}: the result prints on ${pages} pages`);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });

  test('without JavaScript: a red flag shows the crisis page at once, its right part first, with no redirect', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/self-check');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await page.getByLabel('A seizure (a fit)').check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Continue' }).click(),
    ]);
    // The answer to the form is the crisis page itself: a 200 like every other step, never a redirect.
    assert.equal(response.status(), 200);
    assert.equal(response.headers().location, undefined);
    const url = new URL(page.url());
    assert.equal(`${url.pathname}${url.search}`, '/self-check');
    assert.equal(await heading(page), 'Get help now');
    assert.equal(await page.locator('main section').first().getAttribute('id'), 'medical');
    assert.equal(await page.getByRole('link', { name: 'Call 911' }).first().getAttribute('href'), 'tel:911');
    await context.close();
  });

  test('server-rendered pages are accessible too (JavaScript on for axe, the self-check script blocked)', async () => {
    // The browser journey below runs axe on every step, the result and the summary; the server renders them
    // from the same components inside the same layout. Here axe checks what only the server shows: the intro,
    // the crisis page, "How it works" and the error state of a question.
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    await page.route('**/assets/self-check.js*', (route) => route.abort());
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
    });
    for (const path of ['/self-check', '/crisis', '/self-check/how-it-works']) {
      await page.goto(path);
      assert.deepEqual(await axeViolations(page), [], path);
    }

    // The error state: "None of these" with another answer, from the health question.
    await page.goto('/self-check');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await skipScreens(page, 5);
    assert.match(await heading(page), /health problems/);
    await page.getByLabel('Pain that has lasted for months').check();
    await page.getByLabel('None of these').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.match(await page.title(), /^Error: /);
    await page.getByRole('link', { name: /Choose “None of these”/ }).click();
    assert.deepEqual(await axeViolations(page), [], 'error summary');
    assert.equal(posts.length, 7, 'these screens came from the server');
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('with JavaScript: every step and the result are worked out in the browser, and nothing is sent', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/self-check');
    // From here on, the page may fetch nothing but static files, and the locator when asked.
    const sent: string[] = [];
    page.on('request', (r) => sent.push(`${r.method()} ${new URL(r.url()).pathname}`));

    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await answerAll(page, FOR_MYSELF, async (p) => {
      assert.deepEqual(await axeViolations(p), [], await heading(p));
      // Focus moves to the new heading, as it would on a new page.
      assert.equal(await p.evaluate(() => document.activeElement?.tagName), 'H1');
    });
    assert.equal(await heading(page), 'A place to start: Medically managed care (hospital or medical detox)');
    assert.equal(await page.title(), 'Your result – Self-check – Open Treatment');
    const main = await page.locator('main').innerText();
    assert.match(main, /Because you said you needed a hospital during withdrawal before/);
    assert.match(main, /Because you are pregnant, contact a clinician or the SAMHSA National Helpline soon/);
    assert.match(main, /stopping alcohol or benzos suddenly can cause seizures/);
    assert.deepEqual(await axeViolations(page), [], 'result');

    // The browser's Back button steps back through the questions, with the answers still there.
    await page.goBack();
    assert.equal(await heading(page), 'A few last things');
    assert.equal(await page.getByLabel('No insurance').isChecked(), true);
    await page.goForward();
    assert.match(await heading(page), /^A place to start/);

    // Print: the same one-page summary, with a Print button that calls the browser's print.
    await page.getByRole('button', { name: 'Print or save this summary' }).click();
    assert.equal(await heading(page), 'Bring this to your first call');
    assert.deepEqual(await axeViolations(page), [], 'printable summary');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
    await page.getByRole('button', { name: 'Back to the result' }).click();

    // Only static files (the browser fetches the icon when it likes); no form, no answer, nothing to /self-check.
    assert.deepEqual(
      sent.filter((r) => !r.startsWith('GET /assets/')),
      [],
      'no request while answering',
    );
    await followFindButton(page, site.server.url, FOR_MYSELF_FIND);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('with JavaScript: "None of these" clears the other answers, and the other answers clear it', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto('/self-check');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await skipScreens(page, 5);
    assert.match(await heading(page), /health problems/);
    const wound = page.getByLabel('A wound, abscess or skin infection that is red, swollen or spreading');
    const none = page.getByLabel('None of these');
    await wound.check();
    await none.check();
    assert.equal(await wound.isChecked(), false);
    await wound.check();
    assert.equal(await none.isChecked(), false);
    await context.close();
  });

  test('with JavaScript: a red flag opens the crisis page without sending the answer', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto('/self-check');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') posts.push(r.url());
    });
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await page.getByLabel('Someone is not breathing, or will not wake up').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/crisis#overdose');
    assert.equal(await page.locator('#overdose h2').innerText(), 'If someone may be having an overdose');
    assert.deepEqual(posts, []);
    await context.close();
  });

  test('with JavaScript: "Start over" clears every answer', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto('/self-check');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Myself').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Alcohol').check();
    await page.getByRole('link', { name: /Start over/ }).click();
    assert.equal(await heading(page), 'What kind of treatment should I ask about?');
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.equal(await page.getByLabel('Myself').isChecked(), false);
    assert.equal(await page.locator('input[type="hidden"][name="answering-for"]').count(), 0);
    await context.close();
  });

  test('the crisis page is one click from every page, and works without JavaScript', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
    for (const path of ['/self-check', '/self-check/how-it-works', '/about/data']) {
      await page.goto(path);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Crisis help' }).click();
      assert.equal(new URL(page.url()).pathname, '/crisis');
    }
    assert.equal(await page.getByRole('link', { name: 'Call 911' }).first().getAttribute('href'), 'tel:911');
    assert.equal(await page.getByRole('link', { name: 'Text 988' }).first().getAttribute('href'), 'sms:988');
    assert.ok(
      await page
        .getByRole('link', { name: /Poison Control 1-800-222-1222/ })
        .first()
        .isVisible(),
    );
    await context.close();
  });
});
