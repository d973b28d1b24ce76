import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { parseHtml } from '../../test/support/html.ts';
import { DEFAULT_CONTENT_DIR } from '../config.ts';
import { createContentPages, loadContentPages } from './content-pages.tsx';

const FRONT = `---
title: "A page"
description: "A page about something, long enough to be a meta description for it."
summary: "What the page is about, in a sentence or two."
lastReviewed: "2026-11-29"
nextReview: "2027-05-29"
sources:
  - title: "A source"
    publisher: "A publisher"
    date: "2024"
    url: "https://example.org/source"
---
`;

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, `${name}.md`), text);
  return dir;
}

describe('content pages', () => {
  test('a page renders its Markdown with the placeholders its feature offers, cut at its ## headings', () => {
    const dir = folder({
      one: `${FRONT}Before {{button}}.\n\n## First part {#first}\n\nCall {{tel:samhsa}}.\n\n## Second part\n\n{{box}}\n\n{{sources}}\n`,
    });
    const { pages, problems } = loadContentPages(dir, {
      one: {
        sections: ['first'],
        placeholders: { button: () => ({ html: '<b>B</b>' }), box: () => ({ html: '<div class="box">X</div>', block: true }) },
      },
    });
    assert.deepEqual(problems, []);
    const [page] = pages;
    assert.equal(page?.meta.title, 'A page');
    assert.deepEqual(
      page?.sections.map((s) => [s.id, s.title]),
      [
        ['first', 'First part'],
        ['second-part', 'Second part'],
      ],
    );
    const html = parseHtml(page?.html ?? '');
    assert.equal(html.$('p b').text(), 'B');
    assert.equal(html.link('1-800-662-4357')?.href, 'tel:+18006624357');
    assert.equal(html.$('div.box').parent().is('p'), false, 'a block placeholder replaces its paragraph');
    assert.deepEqual(html.link('A source'), { text: 'A source', href: 'https://example.org/source', rel: 'noreferrer' });
    assert.equal(html.$('h2#first').text(), 'First part');
    assert.match(page?.intro ?? '', /Before <b>B<\/b>/);
  });

  test('problems name the file and the field: unknown placeholders, missing parts, clinical pages without a review', () => {
    const dir = folder({
      unknown: `${FRONT}Hello {{nope:x}} and {{tel:nobody}}.\n`,
      parts: `${FRONT}## Only part {#only}\n`,
      clinical: FRONT.replace('---\n', '---\nclinical: true\n'),
      html: `${FRONT}# A second title\n`,
    });
    const { pages, problems } = loadContentPages(dir, {
      unknown: {},
      parts: { sections: ['overdose'] },
      clinical: {},
      html: {},
      missing: {},
    });
    assert.deepEqual(pages, []);
    const said = problems.map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`);
    assert.ok(said.includes('unknown.md: body: {{nope:x}} is not a placeholder this page offers'), said.join('\n'));
    assert.ok(said.includes('unknown.md: body: {{tel:nobody}} is not a placeholder this page offers'));
    assert.ok(said.some((s) => s.startsWith('parts.md: body: needs a part "## … {#overdose}"')));
    assert.ok(said.some((s) => s.startsWith('clinical.md: medicalReviewer: is missing')));
    assert.ok(said.some((s) => s.startsWith('html.md: body: has a level-1 heading')));
    assert.ok(said.includes('missing.md: (file): is missing: the site has a page for it'));
  });

  test('the app refuses bad pages; outside production a content folder with no pages uses the site’s own', () => {
    const bad = tempDir();
    fs.mkdirSync(path.join(bad, 'pages'));
    assert.throws(
      () => createContentPages({ dir: path.join(bad, 'pages'), fallbackDir: bad, production: false, specs: { privacy: {} } }),
      /pages\/privacy\.md: \(file\): is missing/,
    );
    const fallback = createContentPages({
      dir: path.join(tempDir(), 'pages'),
      fallbackDir: path.join(DEFAULT_CONTENT_DIR, 'pages'),
      production: false,
      specs: { privacy: { placeholders: { 'report-problem': () => ({ html: 'x' }) } } },
    });
    assert.equal(fallback.get('privacy').meta.title, 'Privacy');
  });
});
