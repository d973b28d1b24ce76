import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { type Html, parseHtml } from '../../../test/support/html.ts';
import { DEFAULT_CONTENT_DIR } from '../../config.ts';
import { at } from '../../lib/arrays.ts';
import { loadContentPages } from '../../ui/content-pages.tsx';
import { howItWorksPageSpec } from './how-it-works.view.tsx';
import { SAME_SIZE_BYTES } from './same-size.ts';
import { describeCondition } from './self-check.describe.ts';
import { hiddenFields, JOURNEY } from './self-check.journey.fixture.ts';
import { DANGER, QUESTIONS, STEPS, say } from './self-check.questions.ts';
import { ANSWER_FILTERS, GUIDES, LEVELS, NEEDS, NOTES, RED_FLAGS, RULES, RULES_REVIEW } from './self-check.rules.ts';

/** The page's text (its main part, or all of it for a fragment), for "does the page say X" checks. */
const textOf = (html: string) => parseHtml(html).text();

function post(app: TestApp['app'], fields: [string, string][], headers: Record<string, string> = {}) {
  return app.request('/self-check', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const h1 = (html: string) => parseHtml(html).h1();

forEachDatabase(
  (database) => {
    describe('self-check routes', () => {
      // One app for the file; the journey, which checks what was written, makes its own.
      const t = database.useTestApp();

      test('GET /self-check: the intro links to crisis help and to how it works, and is never cached', async () => {
        const page = await t.page('/self-check');
        assert.equal(page.status, 200);
        assert.equal(page.headers.get('cache-control'), 'no-store');
        assert.equal(page.link('get crisis help now')?.href, '/crisis');
        assert.equal(page.link('how the self-check works')?.href, '/self-check/how-it-works');
        assert.equal(page.link('911', 'main')?.href, 'tel:911');
        assert.equal(page.$('main form[method="post"][action="/self-check"] button').text().trim(), 'Start the self-check');
        assert.match(page.$('script[src^="/assets/self-check.js?v="]').attr('src') ?? '', /\?v=\w+/);
      });

      test('a whole journey without JavaScript: answers ride along in the form, and nothing is logged or stored', async (tc) => {
        const made = createTestApp(database.env);
        tc.after(() => made.close());
        const { app, config, logs } = made;

        let res = await post(app, [
          ['step', 'intro'],
          ['go', 'start'],
        ]);
        let html = await res.text();
        assert.equal(h1(html), 'First, is anyone in danger right now?');
        res = await post(app, [...hiddenFields(html), ['go', 'next']]);
        html = await res.text();

        for (const [stepId, answers] of Object.entries(JOURNEY)) {
          assert.equal(res.status, 200);
          assert.equal(res.headers.get('cache-control'), 'no-store, no-transform');
          assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES), 'every screen is the same size');
          assert.equal(res.headers.get('set-cookie'), null);
          const fields = hiddenFields(html);
          assert.ok(
            fields.some(([n, v]) => n === 'step' && v === stepId),
            `on step ${stepId}, got "${h1(html)}"`,
          );
          const chosen = Object.entries(answers).flatMap(([name, values]) => values.map((v): [string, string] => [name, v]));
          res = await post(app, [...fields, ...chosen, ['go', 'next']]);
          html = await res.text();
        }

        // The result: from every answer carried through twelve pages.
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES));
        assert.equal(h1(html), 'A place to start: Medically managed care (hospital or medical detox)');
        const result = parseHtml(html);
        const text = result.text();
        assert.ok(text.includes('not a diagnosis or a placement'));
        assert.equal(result.link('1-800-662-4357', 'main')?.href, 'tel:+18006624357');
        assert.ok(result.text('#level-title + p + ul').includes('Because you said they have had a seizure'));
        assert.ok(text.includes('Care that fits pregnancy'));
        const find = result
          .$('a[data-find-treatment]')
          .toArray()
          .map((a) => result.$(a).attr('href'));
        assert.deepEqual(find, [
          '/find?care=hospital&care=detox&medication=buprenorphine&payment=medicaid&population=co-occurring&population=pregnant&language=spanish',
        ]);
        assert.equal(result.link('Helping someone you love', 'main')?.href, '/guides/helping-someone-you-love');
        assert.equal(result.$('h2:contains("What you told us about them")').length, 1, 'the wording fits someone else');

        // The printable summary, from the result page's own form.
        res = await post(app, [...hiddenFields(html), ['go', 'print']]);
        html = await res.text();
        assert.equal(res.status, 200);
        assert.equal(h1(html), 'Bring this to your first call');
        const printed = parseHtml(html);
        assert.deepEqual(printed.headings().slice(0, 3), [
          'Suggested starting point',
          'Questions to ask',
          'Answers about the person I am helping',
        ]);
        const asks = printed
          .$('ol.ask-list li')
          .toArray()
          .map((li) => printed.$(li).text());
        assert.ok(
          asks.some((q) => q.startsWith('Do you have a program for pregnant people')),
          asks.join('\n'),
        );
        assert.ok(asks.includes('Do you have staff who speak Spanish?'));
        assert.ok(printed.text().includes('Children live with them'));

        // Nothing about the answers reached the log: not a field name, not a value.
        const logText = logs.join('\n');
        const names = new Set(Object.values(JOURNEY).flatMap((a) => Object.keys(a)));
        const values = new Set(Object.values(JOURNEY).flatMap((a) => Object.values(a).flat()));
        for (const word of [...names, ...values]) assert.ok(!logText.includes(word), `the log mentions "${word}"`);
        // Each request left one line with only the method, route pattern, status and time.
        const requests = logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
        assert.equal(requests.length, Object.keys(JOURNEY).length + 3);
        for (const line of requests) {
          assert.deepEqual(Object.keys(line).sort(), ['level', 'method', 'ms', 'msg', 'route', 'status', 'time']);
          assert.equal(line.route, '/self-check');
        }

        // And nothing was written. The app database belongs to other features (the newsletter); after the journey it
        // holds no table of ours and no row that mentions an answer, and no file anywhere under VAR_DIR does either.
        await made.close();
        // On PostgreSQL: the tables of the app database (the published directory's schemas and PostGIS's own are not ours).
        const appDb = database.open(config.appDbPath);
        try {
          const db = await appDb.ready();
          const tables = (await db.introspection.getTables())
            .filter((t) => (t.schema ?? 'public') === 'public' && t.name !== 'spatial_ref_sys')
            .map((t) => t.name);
          assert.ok(tables.includes('subscribers'), 'this is the app database');
          assert.deepEqual(
            tables.filter((t) => /self|check|answer|question/i.test(t)),
            [],
          );
          for (const table of tables) {
            const rows = JSON.stringify(
              await db
                .selectFrom(table as 'subscribers')
                .selectAll()
                .execute(),
            );
            for (const value of values) assert.ok(!rows.includes(value), `table ${table} mentions "${value}"`);
          }
        } finally {
          await appDb.close();
        }
        for (const file of listFiles(config.varDir)) {
          const bytes = fs.readFileSync(path.join(config.varDir, file)).toString('latin1');
          for (const value of values) assert.ok(!bytes.includes(value), `${file} contains "${value}"`);
        }
      });

      for (const flag of DANGER.choices.map((c) => c.value)) {
        test(`red flag "${flag}": the crisis page at once, its part first, answered like any other step`, async () => {
          const res = await post(t.app, [
            ['step', 'safety'],
            ['go', 'next'],
            ['danger', flag],
          ]);
          assert.equal(res.status, 200);
          assert.equal(res.headers.get('location'), null);
          assert.equal(res.headers.get('cache-control'), 'no-store, no-transform');
          assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES));
          const page = parseHtml(await res.text());
          assert.equal(page.h1(), 'Get help now');
          const sections = page
            .$('main section.crisis-section')
            .toArray()
            .map((s) => [page.$(s).attr('id'), page.$(s).attr('class')]);
          assert.deepEqual(sections[0], [RED_FLAGS[flag], 'crisis-section crisis-section--first'], 'its part comes first');
          assert.equal(sections.filter(([, c]) => c?.includes('--first')).length, 1);
          assert.equal(page.link('Call 911')?.href, 'tel:911');
          assert.equal(page.meta('robots'), 'noindex');
          assert.equal(page.$('script[src*="self-check.js"]').length, 0);
          assert.ok(!t.logs.join('\n').includes(flag));
        });
      }

      test('the log cannot tell a danger answer from a safe one: same line, same status, same headers, same size', async () => {
        const { app, logs } = t;
        const safety = (danger: string[]) =>
          post(app, [['step', 'safety'], ['go', 'next'], ...danger.map((d): [string, string] => ['danger', d])]);
        const answered = async (danger: string[]) => {
          const before = logs.length;
          const res = await safety(danger);
          const body = await res.text();
          const lines = logs.slice(before).map((l) => JSON.parse(l));
          return { res, body, lines };
        };
        const safe = await answered([]);
        const danger = await answered(['not-breathing', 'suicide']);
        assert.equal(h1(safe.body), 'Who are you answering for?');
        assert.equal(h1(danger.body), 'Get help now');

        // One request line each, equal in everything but the clock.
        assert.equal(safe.lines.length, 1);
        assert.equal(danger.lines.length, 1);
        const withoutClock = ({ time: _time, ms: _ms, ...rest }: Record<string, unknown>) => rest;
        assert.deepEqual(withoutClock(danger.lines[0]), withoutClock(safe.lines[0]));
        assert.deepEqual(withoutClock(safe.lines[0]), {
          level: 30,
          method: 'POST',
          route: '/self-check',
          status: 200,
          msg: 'request',
        });

        // What a proxy sees: the same status and the same headers, apart from the per-response CSP nonce.
        assert.equal(danger.res.status, safe.res.status);
        const headers = (res: Response) =>
          Object.fromEntries([...res.headers].filter(([k]) => k !== 'content-security-policy').map(([k, v]) => [k, v]));
        assert.deepEqual(headers(danger.res), headers(safe.res));
        assert.equal(Buffer.byteLength(danger.body), SAME_SIZE_BYTES);
        assert.equal(Buffer.byteLength(safe.body), SAME_SIZE_BYTES);
      });

      test('a browser that accepts brotli or gzip still gets every answer uncompressed and the same size', async () => {
        const { app } = t;
        for (const danger of [[], ['not-breathing']]) {
          const res = await post(
            app,
            [['step', 'safety'], ['go', 'next'], ...danger.map((d): [string, string] => ['danger', d])],
            {
              'accept-encoding': 'gzip, deflate, br',
            },
          );
          assert.equal(res.headers.get('content-encoding'), null);
          assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES));
          assert.equal(Buffer.byteLength(await res.text()), SAME_SIZE_BYTES);
        }
      });

      test('the largest screens fit well inside the fixed size, so no answer can push a page into another size', async () => {
        const { app } = t;
        for (const who of ['myself', 'someone-else']) {
          // Every answer that can be given together: all boxes but the "none" ones, and the first of each radio.
          const all: [string, string][] = [['answering-for', who]];
          for (const q of STEPS.slice(2).flatMap((s) => s.questions)) {
            const choices = q.type === 'radio' ? q.choices.slice(0, 1) : q.choices.filter((c) => !c.exclusive);
            for (const c of choices) all.push([q.id, c.value]);
          }
          for (const [place, go] of [
            ['practical', 'next'],
            ['result', 'print'],
          ]) {
            const res = await post(app, [['step', place!], ['go', go!], ...all]);
            const body = await res.text();
            const page = body.replace(/\n<!-- *-->\n$/, '');
            assert.equal(Buffer.byteLength(body), SAME_SIZE_BYTES);
            assert.ok(page.length < body.length, 'the page was padded');
            assert.ok(Buffer.byteLength(page) < SAME_SIZE_BYTES * 0.75, `${who} ${place}: ${Buffer.byteLength(page)} bytes`);
            // Padded and uncompressed: site.css is linked whole (cached after the first page), not inlined.
            assert.match(page, /<head>[\s\S]*<link rel="stylesheet" href="\/assets\/site\.css\?v=[0-9a-f]+"\/>[\s\S]*<\/head>/);
            assert.doesNotMatch(page, /<style|site-rest\.css/);
          }
        }
      });

      test('"none of these" with another answer: an error summary linked to the field, answers kept, status 200', async () => {
        const res = await post(t.app, [
          ['step', 'health'],
          ['go', 'next'],
          ['substances', 'alcohol'],
          ['health', 'no-health-problems'],
          ['health', 'wound'],
        ]);
        // Not a 400: the status must not say how a question was answered.
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES));
        const page = parseHtml(await res.text());
        assert.match(page.title(), /^Error: /);
        assert.deepEqual(page.links('.error-summary'), [
          { text: 'Choose “None of these” or the answers that apply, not both', href: '#sc-health', rel: undefined },
        ]);
        assert.equal(page.$('#sc-health').attr('name'), 'health', 'the summary links to the first box of the question');
        const ticked = page
          .$('input[name="health"]:checked')
          .toArray()
          .map((el) => page.$(el).attr('value'));
        assert.deepEqual(ticked.sort(), ['no-health-problems', 'wound']);
        assert.deepEqual(
          hiddenFields(page.html).filter(([n]) => n === 'substances'),
          [['substances', 'alcohol']],
        );
      });

      const tampered: [string, RequestInit][] = [
        ['an answer we never offered', form('step=home&go=next&home-life=castle')],
        ['two answers to a one-answer question', form('step=home&go=next&home-life=unsafe&home-life=supportive')],
        ['an unknown step', form('step=basement&go=next')],
        ['an unknown button', form('step=home&go=erase')],
        ['no form at all', { method: 'POST' }],
        ['JSON instead of a form', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"step":"home"}' }],
      ];
      for (const [name, init] of tampered) {
        test(`a changed form (${name}) is a kind 400 with a way to start over`, async () => {
          const page = await t.page('/self-check', init);
          assert.equal(page.status, 400);
          assert.equal(page.headers.get('cache-control'), 'no-store');
          assert.equal(page.h1(), 'Sorry, we could not read your answers');
          assert.deepEqual(page.link('Start over', 'main'), { text: 'Start over', href: '/self-check', rel: undefined });
          assert.equal(page.$('main a.button').attr('href'), '/self-check');
          assert.ok(!t.logs.some((l) => l.includes('"level":50')), 'no error was logged');
        });
      }

      test('a file upload instead of answers is a 400, not a crash', async () => {
        const { app } = t;
        const body = new FormData();
        body.set('step', 'home');
        body.set('go', 'next');
        body.set('home-life', new Blob(['unsafe']), 'answers.txt');
        const res = await app.request('/self-check', { method: 'POST', body });
        assert.equal(res.status, 400);
      });

      test('a body far bigger than the form is refused with 413', async () => {
        const { app } = t;
        const res = await post(app, [
          ['step', 'home'],
          ['go', 'next'],
          ['padding', 'x'.repeat(100_000)],
        ]);
        assert.equal(res.status, 413);
        assert.equal(parseHtml(await res.text()).link('Start over', 'main')?.href, '/self-check');
      });

      test('/crisis works with no script: big call links, the overdose steps and naloxone, 988 and Poison Control', async () => {
        const page = await t.page('/crisis');
        assert.equal(page.status, 200);
        assert.equal(page.headers.get('cache-control'), 'no-store');
        // The big buttons at the top, in this order, each a call or a text.
        assert.deepEqual(page.links('.crisis-calls'), [
          { text: 'Call 911', href: 'tel:911', rel: undefined },
          { text: 'Call 988', href: 'tel:988', rel: undefined },
          { text: 'Text 988', href: 'sms:988', rel: undefined },
          { text: 'Poison Control 1-800-222-1222', href: 'tel:+18002221222', rel: undefined },
        ]);
        const hrefs = page.links('main').map((l) => l.href);
        for (const href of ['tel:911', 'tel:988', 'sms:988', 'tel:+18002221222', 'tel:+18004843731', 'tel:+18006624357']) {
          assert.ok(hrefs.includes(href), href);
        }
        for (const [id, title] of [
          ['overdose', 'If someone may be having an overdose'],
          ['medical', 'If it is a medical emergency'],
          ['suicide', 'If someone is thinking about suicide or self-harm'],
          ['poison', 'If someone took a medicine or drug by mistake'],
        ]) {
          const region = page.region(title!);
          assert.equal(region.attr('id'), id);
          assert.equal(region.is('section.crisis-section'), true);
        }
        const steps = page.region('If someone may be having an overdose').find('ol > li');
        assert.equal(steps.length, 5);
        assert.equal(steps.first().find('a.call-button').attr('href'), 'tel:911', 'step 1 has its call button');
        const text = page.text();
        assert.ok(text.includes('Give naloxone'));
        assert.ok(text.includes('second dose'));
        assert.ok(text.includes('Stay with them'));
        assert.equal(page.region('If it is a medical emergency').find('a.call-button').attr('href'), 'tel:911');
        assert.deepEqual(
          page.links('#suicide .button-group').map((l) => l.href),
          ['tel:988', 'sms:988'],
        );
        assert.equal(page.link('Call Poison Control 1-800-222-1222', '#poison')?.href, 'tel:+18002221222');
        // Its sources and its review status, at the end.
        assert.ok(page.links('ul.references').length >= 5);
        assert.match(page.text('p.review-status'), /No clinician has reviewed this page yet|Medically reviewed by/);
        assert.equal(page.$('script[src*="self-check.js"]').length, 0);
      });

      test('whether a clinician has reviewed the rules is one line, on "How it works" and on every result', async () => {
        const { app } = t;
        const howItWorks = textOf(await (await app.request('/self-check/how-it-works')).text());
        const result = textOf(
          await (
            await post(app, [
              ['step', 'practical'],
              ['go', 'next'],
            ])
          ).text(),
        );
        if (RULES_REVIEW.status === 'pending') {
          assert.ok(
            howItWorks.includes('No clinician has reviewed these rules yet: they are our own design, from the sources listed'),
          );
          assert.ok(result.includes('No clinician has reviewed the self-check’s rules yet'));
        } else {
          for (const text of [howItWorks, result]) assert.ok(text.includes(`Medically reviewed by ${RULES_REVIEW.name}`));
          assert.ok(RULES_REVIEW.date <= new Date().toISOString().slice(0, 10), 'a review date is not in the future');
        }
        // The day a clinician signs off (REVIEWING.md), the same line names them.
        const signedOff = loadContentPages(path.join(DEFAULT_CONTENT_DIR, 'pages'), {
          'how-it-works': howItWorksPageSpec({
            status: 'reviewed',
            name: 'Jane Doe',
            credentials: 'MD, addiction medicine',
            date: '2027-02-03',
          }),
        });
        assert.deepEqual(signedOff.problems, []);
        const reviewed = textOf(at(signedOff.pages, 0).html);
        assert.ok(
          reviewed.includes('Medically reviewed by Jane Doe, MD, addiction medicine, on February 3, 2027. How we review'),
          reviewed,
        );
        assert.ok(!reviewed.includes('No clinician has reviewed'));
      });

      test('"How the self-check works" lists every rule exactly as the code applies it', async () => {
        const page: Html = await t.page('/self-check/how-it-works');
        assert.ok(page.text('.notice').includes('not a diagnosis, a placement, or the ASAM Criteria'));
        assert.deepEqual(page.headings().slice(0, 4), [
          'Your answers stay private',
          'Step 1: safety first',
          'Step 2: the levels of care',
          'Step 3: the highest need sets the starting level',
        ]);

        const rows = (idPrefix: string) =>
          new Map(
            page
              .$(`tr[id^="${idPrefix}"]`)
              .toArray()
              .map((tr) => [
                (page.$(tr).attr('id') ?? '').slice(idPrefix.length),
                { tag: { 'data-level': page.$(tr).attr('data-level') }, text: page.$(tr).text().replace(/\s+/g, ' ') },
              ]),
          );

        const levelRules = rows('rule-');
        assert.deepEqual(
          [...levelRules.keys()].sort(),
          RULES.filter((r) => r.level)
            .map((r) => r.id)
            .sort(),
        );
        for (const rule of RULES.filter((r) => r.level)) {
          const row = levelRules.get(rule.id)!;
          assert.equal(row.tag['data-level'], rule.level, rule.id);
          assert.ok(row.text.includes(describeCondition(rule.when)), `${rule.id}: ${row.text}`);
          assert.ok(row.text.includes(`Because you said ${say(rule.because, 'self')}.`), rule.id);
        }

        const needRules = rows('needs-');
        for (const rule of RULES.filter((r) => r.needs)) {
          const row = needRules.get(rule.id);
          assert.ok(row, `${rule.id} is listed with what it adds`);
          assert.ok(row.text.includes(describeCondition(rule.when)), rule.id);
          for (const n of rule.needs!) assert.ok(row.text.includes(NEEDS.find((x) => x.id === n)!.title), `${rule.id} adds ${n}`);
        }
        assert.equal(needRules.size, RULES.filter((r) => r.needs).length);

        const flags = rows('red-flag-');
        assert.deepEqual([...flags.keys()].sort(), DANGER.choices.map((c) => c.value).sort());
        for (const [flag, row] of flags) assert.match(row.text, /911|988|Poison Control/, flag);
        assert.deepEqual(
          [...rows('level-').keys()],
          LEVELS.map((l) => l.id),
        );
        for (const f of ANSWER_FILTERS) assert.equal(page.$(`li#answer-filter-${f.question}-${f.answer}`).length, 1);
        for (const n of NEEDS.filter((x) => x.filter)) assert.equal(page.$(`li#need-filter-${n.id}`).length, 1);
        for (const g of GUIDES) {
          const item = page.$(`li#guide-${g.slug}`);
          assert.equal(item.find('a').attr('href'), `/guides/${g.slug}`, g.slug);
          assert.ok(
            item
              .text()
              .replace(/\s+/g, ' ')
              .includes(g.when ? describeCondition(g.when) : 'always'),
            g.slug,
          );
        }
        for (const n of NOTES) assert.ok(page.text().includes(describeCondition(n.when)), n.id);
        assert.ok(page.links('ul.references').length >= 5, 'where the rules come from, with links');
        // Every answer the rules name is a real answer to a real question (the describer would throw otherwise).
        assert.ok(QUESTIONS.size > 10);
      });
    });

    function form(body: string): RequestInit {
      return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body };
    }

    function listFiles(dir: string, prefix = ''): string[] {
      if (!fs.existsSync(dir)) return [];
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
        .sort();
    }
  },
  { emptyEachTest: false },
);
