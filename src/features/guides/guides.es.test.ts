import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestApp, tempDir } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { checkContent } from './content-check.ts';

const ENGLISH = path.join(import.meta.dirname, 'fixtures', 'good', 'guides', 'yaml-dates.md');

/** A small Spanish guide following the fixture guide `yaml-dates` (reviewed 2026-02-01). */
const spanishGuide = (englishReviewed: string, extra = '') => `---
title: Una guía de prueba en español
summary: Una guía de prueba escrita en español, que sigue a la guía de prueba en inglés con fechas YAML.
slug: guia-de-prueba
order: 1
lang: es
translationOf: yaml-dates
englishReviewed: "${englishReviewed}"
author:
  name: Persona que escribe
  role: Redacción de salud
medicalReviewer:
  status: pending
lastReviewed: "2026-02-02"
nextReview: "2099-02-01"
factChecked: "2026-02-02"
references:
  - id: citada
    title: Una fuente citada
    publisher: Example Agency
    date: "2020"
    url: https://example.org/cited
    retrieved: "2026-01-30"
${extra}---

Solo una cita aquí{{ref:citada}}. Vea la [página de crisis](/es/crisis) o [busque tratamiento](/es/find).
`;

/** A content folder with the English fixture guide and one Spanish guide. */
function contentWith(spanish: string): string {
  const dir = tempDir('open-treatment-guides-es-');
  fs.mkdirSync(path.join(dir, 'guides', 'es'), { recursive: true });
  fs.copyFileSync(ENGLISH, path.join(dir, 'guides', 'yaml-dates.md'));
  fs.writeFileSync(path.join(dir, 'guides', 'es', 'guia-de-prueba.md'), spanish);
  return dir;
}

forEachDatabase(
  (database) => {
    describe('Spanish guides', () => {
      test('the content check passes a Spanish guide that follows the English one as last reviewed', () => {
        const result = checkContent(contentWith(spanishGuide('2026-02-01')), '2026-06-01');
        assert.equal(result.ok, true, result.report);
        assert.match(result.report, /Checked 2 guide files/);
      });

      test('the content check flags a Spanish guide whose English guide was reviewed since', () => {
        const result = checkContent(contentWith(spanishGuide('2026-01-01')), '2026-06-01');
        assert.equal(result.ok, false);
        assert.match(result.report, /Spanish guides behind their English guide \(1\):/);
        assert.match(result.report, /guia-de-prueba\.md: englishReviewed: follows the English guide as reviewed on 2026-01-01/);
      });

      test('a Spanish guide must name an English guide that exists, and the date it follows', () => {
        const dir = contentWith(spanishGuide('2026-02-01').replace('translationOf: yaml-dates', 'translationOf: no-such-guide'));
        assert.match(checkContent(dir, '2026-06-01').report, /translationOf: there is no English guide "no-such-guide"/);
        const undated = contentWith(spanishGuide('2026-02-01').replace(/englishReviewed: .*\n/, ''));
        assert.match(checkContent(undated, '2026-06-01').report, /englishReviewed: is missing/);
      });

      test('/es/guias lists it, /es/guias/<slug> serves it in Spanish, and the two languages point at each other', async (tc) => {
        const made = createTestApp({ ...database.env, CONTENT_DIR: contentWith(spanishGuide('2026-02-01')) });
        tc.after(() => made.close());
        const index = await made.page('/es/guias');
        assert.equal(index.status, 200);
        assert.equal(index.$('html').attr('lang'), 'es');
        assert.equal(index.link('Una guía de prueba en español')?.href, '/es/guias/guia-de-prueba');

        const guide = await made.page('/es/guias/guia-de-prueba');
        assert.equal(guide.status, 200);
        assert.equal(guide.h1(), 'Una guía de prueba en español');
        assert.equal(guide.link('página de crisis')?.href, '/es/crisis');
        const url = made.config.publicUrl;
        assert.equal(guide.$('link[hreflang="en"]').attr('href'), `${url}/guides/yaml-dates`);
        assert.equal(guide.link(/^English/)?.href, '/guides/yaml-dates');

        const english = await made.page('/guides/yaml-dates');
        assert.equal(english.$('link[hreflang="es"]').attr('href'), `${url}/es/guias/guia-de-prueba`);
        assert.equal(english.link(/^Español/)?.href, '/es/guias/guia-de-prueba');
        assert.equal((await made.request('/es/guias/yaml-dates')).status, 404);
        assert.equal((await made.request('/es/guides')).status, 404);
      });
    });
  },
  { emptyEachTest: false },
);
