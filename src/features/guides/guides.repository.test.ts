import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from '../../../test/support/app.ts';
import { ROOT } from '../../config.ts';
import { at } from '../../lib/arrays.ts';
import { isRealDate } from '../../ui/front-matter.ts';
import { formatProblem, loadGuides } from './guides.repository.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GOOD = path.join(FIXTURES, 'good');
const BAD = path.join(FIXTURES, 'bad');

/** A content folder holding one guide made by changing the long fixture. */
function oneGuide(slug: string, edit: (source: string) => string): string {
  const dir = tempDir('guides-');
  fs.mkdirSync(path.join(dir, 'guides'));
  const source = fs.readFileSync(path.join(GOOD, 'guides', 'long-guide.md'), 'utf8').replace('slug: long-guide', `slug: ${slug}`);
  // On its own, the guide must not point at the other fixtures.
  const alone = source
    .replace(/related:\n {2}- short-guide\n/, 'related: []\n')
    .replace('[our short guide](/guides/short-guide) and ', '');
  fs.writeFileSync(path.join(dir, 'guides', `${slug}.md`), edit(alone));
  return dir;
}

describe('the real guides in content/', () => {
  test('every guide passes every check', () => {
    const result = loadGuides(path.join(ROOT, 'content'));
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.ok(result.guides.length > 0, 'expected at least one guide in content/guides');
  });
});

describe('loadGuides with good fixtures', () => {
  const result = loadGuides(GOOD);

  test('loads every guide, ordered by "order"', () => {
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.guides.map((g) => g.meta.slug),
      ['long-guide', 'short-guide', 'yaml-dates'],
    );
    assert.equal(at(result.guides, 0).file, 'src/features/guides/fixtures/good/guides/long-guide.md');
  });

  test('numbers references in order of first citation, and counts each citation', () => {
    const long = at(result.guides, 0);
    assert.deepEqual(
      long.references.map((r) => [r.id, r.number, r.citations]),
      [
        ['second-listed', 1, 2],
        ['first-listed', 2, 1],
      ],
    );
  });

  test('unquoted YAML dates and years are read as the text the schema expects', () => {
    const { meta } = at(result.guides, 2);
    assert.equal(meta.lastReviewed, '2026-02-01');
    assert.equal(meta.factChecked, '2026-01-30');
    const [reference] = meta.references;
    assert.equal(reference?.date, '2020');
    assert.equal(reference?.retrieved, '2026-01-30');
  });

  test('a reference never cited is a warning, listed last, not a problem', () => {
    assert.deepEqual(result.warnings.map(formatProblem), [
      'src/features/guides/fixtures/good/guides/yaml-dates.md: references[1]: "never-cited" is never cited with {{ref:never-cited}}',
    ]);
    assert.deepEqual(
      at(result.guides, 2).references.map((r) => [r.id, r.number, r.citations]),
      [
        ['cited', 1, 1],
        ['never-cited', 2, 0],
      ],
    );
  });
});

describe('loadGuides with broken fixtures', () => {
  const result = loadGuides(BAD);
  const problems = result.problems.map(formatProblem);
  const folder = 'src/features/guides/fixtures/bad/guides';

  test('no broken guide is served', () => {
    assert.deepEqual(result.guides, []);
  });

  for (const [file, field, message] of [
    ['missing-field.md', 'summary', /is missing/],
    ['bad-date.md', 'lastReviewed', /must be a date like/],
    ['impossible-date.md', 'nextReview (line 12)', /2099-02-30 is not a real date/],
    ['unknown-ref.md', 'body', /\{\{ref:nowhere\}\} cites a reference that is not in "references"/],
    ['wrong-slug.md', 'slug', /is "something-else" but the file is named wrong-slug\.md/],
    ['unknown-related.md', 'related[0]', /there is no guide "no-such-guide"/],
    ['expired-fact.md', 'expiringFacts[0].expires', /holds only until 2020-12-31, before the guide's next review on 2099-01-15/],
  ] as const) {
    test(`${file}: the problem names the file and the field "${field}"`, () => {
      const mine = problems.filter((p) => p.startsWith(`${folder}/${file}: `));
      assert.equal(mine.length, 1, `expected exactly one problem for ${file}, got:\n${mine.join('\n')}`);
      const problem = at(mine, 0);
      assert.ok(problem.startsWith(`${folder}/${file}: ${field}: `), problem);
      assert.match(problem, message);
    });
  }
});

describe('loadGuides catches other mistakes', () => {
  const problemsFor = (dir: string) => loadGuides(dir).problems.map((p) => `${p.field}: ${p.message}`);

  test('a missing or empty guides folder', () => {
    assert.deepEqual(problemsFor(tempDir()), ['(folder): does not exist']);
    const empty = tempDir();
    fs.mkdirSync(path.join(empty, 'guides'));
    assert.deepEqual(problemsFor(empty), ['(folder): has no guides (*.md files)']);
  });

  test('front matter that is not YAML, or not there at all', () => {
    assert.match(
      problemsFor(oneGuide('broken-yaml', (s) => s.replace('order: 1', 'order: [1'))).join('\n'),
      /^\(front matter\): could not be read as YAML/,
    );
    assert.match(
      problemsFor(oneGuide('no-front-matter', (s) => s.replace(/^---[\s\S]*?\n---\n/, ''))).join('\n'),
      /^\(front matter\): is missing/,
    );
  });

  test('a misspelt field, a wrong nested field, and a reviewer with no name', () => {
    assert.deepEqual(problemsFor(oneGuide('typo', (s) => s.replace('summary:', 'sumary:'))), [
      'summary: is missing',
      'sumary: is not a field guides can have (check the spelling)',
    ]);
    assert.deepEqual(problemsFor(oneGuide('nested', (s) => s.replace('  role: Health writer\n', ''))), [
      'author.role: is missing',
    ]);
    assert.deepEqual(problemsFor(oneGuide('reviewer', (s) => s.replace('  name: Dr Test Reviewer\n', ''))), [
      'medicalReviewer.name: is missing',
    ]);
  });

  test('a time-bound statement: it must come from a listed reference, and hold until the next review', () => {
    assert.deepEqual(
      problemsFor(oneGuide('unsourced', (s) => s.replace('    source: first-listed', '    source: somewhere-else'))),
      ['expiringFacts[0].source: "somewhere-else" is not one of this guide\'s references'],
    );
    const early = problemsFor(oneGuide('early', (s) => s.replace("    expires: '2099-01-15'", "    expires: '2099-01-14'")));
    assert.equal(early.length, 1);
    assert.match(
      at(early, 0),
      /^expiringFacts\[0\]\.expires: ".*" holds only until 2099-01-14, before the guide's next review on 2099-01-15\./,
    );
    assert.deepEqual(
      problemsFor(oneGuide('unreal', (s) => s.replace("    expires: '2099-01-15'", "    expires: '2099-02-30'"))),
      ['expiringFacts[0].expires: 2099-02-30 is not a real date'],
    );
  });

  test('a guide changed after its clinical review is served, with a warning to ask the reviewer again', () => {
    const dir = oneGuide('changed', (s) => s.replace("lastReviewed: '2026-01-15'", "lastReviewed: '2026-03-01'"));
    const result = loadGuides(dir);
    assert.deepEqual(result.problems, []);
    assert.equal(result.guides.length, 1);
    assert.deepEqual(
      result.warnings.map((w) => `${w.field}: ${w.message}`),
      [
        "medicalReviewer.date: the guide was reviewed again on 2026-03-01, after Dr Test Reviewer's clinical review on 2026-01-15; ask them to look at the changes (see REVIEWING.md)",
      ],
    );
  });

  test('an impossible date written in quotes', () => {
    assert.deepEqual(
      problemsFor(oneGuide('quoted', (s) => s.replace("factChecked: '2026-01-10'", "factChecked: '2026-02-31'"))),
      ['factChecked: 2026-02-31 is not a real date'],
    );
  });

  test('two references with the same id, a malformed citation, a level-1 heading, an image and a link to a missing guide', () => {
    const dir = oneGuide('many', (s) =>
      s
        .replace('  - id: second-listed', '  - id: first-listed')
        .replace('{{ref:second-listed}}', '{{ref:Second Listed}}')
        .replace(
          '## What treatment is',
          '# What treatment is\n\n![x](https://images.example/x.png) [gone](/guides/not-written-yet)',
        ),
    );
    assert.deepEqual(problemsFor(dir), ['references[1].id: "first-listed" is used by another reference in this guide']);
    const fixed = oneGuide('many', (s) =>
      s
        .replace('{{ref:second-listed}}', '{{ref:Second Listed}}')
        .replace(
          '## What treatment is',
          '# What treatment is\n\n![x](https://images.example/x.png) [gone](/guides/not-written-yet)',
        ),
    );
    assert.deepEqual(problemsFor(fixed), [
      'body: {{ref:Second Listed}} is not a citation we can read; write it like {{ref:samhsa-tip-63}}',
      'body: has a level-1 heading (# …); start sections with ## because the title is the page heading',
      'body: has an image; guides cannot show images, because they would load from another site',
      'body: links to /guides/not-written-yet, but there is no guide with that slug',
    ]);
  });

  test('a guide that lists itself as related', () => {
    assert.deepEqual(problemsFor(oneGuide('selfish', (s) => s.replace('related: []', 'related: [selfish]'))), [
      'related[0]: a guide cannot list itself as related',
    ]);
  });
});

test('isRealDate accepts only real calendar dates', () => {
  assert.ok(isRealDate('2024-02-29'));
  assert.ok(!isRealDate('2025-02-29'));
  assert.ok(!isRealDate('2025-13-01'));
  assert.ok(!isRealDate('2025-1-01'));
});
