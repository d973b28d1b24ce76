import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { guideJsonLd } from './guide.jsonld.ts';
import { loadGuides } from './guides.repository.ts';

const [long] = loadGuides(path.join(import.meta.dirname, 'fixtures', 'good')).guides;

test('a named writer is a Person; a team is an Organization', () => {
  const person = guideJsonLd(long!, 'https://x.example')[0] as { author: object };
  assert.deepEqual(person.author, { '@type': 'Person', name: 'Test Writer', jobTitle: 'Health writer' });
  const team = {
    ...long!,
    meta: { ...long!.meta, author: { name: 'Open Treatment editorial team', role: 'Writers and editors' } },
  };
  const organization = guideJsonLd(team, 'https://x.example')[0] as { author: object };
  assert.deepEqual(organization.author, {
    '@type': 'Organization',
    name: 'Open Treatment editorial team',
    description: 'Writers and editors',
  });
});

test('MedicalWebPage carries the guide facts, with absolute URLs', () => {
  const [page] = guideJsonLd(long!, 'https://x.example') as Record<string, unknown>[];
  assert.equal(page!['@context'], 'https://schema.org');
  assert.equal(page!.url, 'https://x.example/guides/long-guide');
  assert.equal(page!.name, long!.meta.title);
  assert.equal(page!.description, long!.meta.summary);
  assert.equal(page!.lastReviewed, '2026-01-15');
  assert.equal((page!.citation as unknown[]).length, 2);
});
