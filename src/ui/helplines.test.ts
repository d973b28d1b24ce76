import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../config.ts';
import { HELPLINES, helplineText, telHref } from './helplines.ts';

/**
 * A help line's number is written once, in src/ui/helplines.ts. Anywhere else a typo in a number could send
 * someone in crisis to a wrong line, so this fails on any phone number written in code, content or scripts:
 * tel: and sms: URIs with a number in them, US numbers in any usual format, and each help line's own digits.
 */
const PHONE_PATTERNS: RegExp[] = [
  /(?<!\{\{)\b(?:tel|sms):\s*\+?\d{3,}/gi,
  /(?<![\w-])(?:\+?1[-. ]?)?\(?[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)/g,
  /\+1\d{10}(?!\d)/g,
  ...[...HELPLINES.values()].flatMap((line) =>
    [line.tel, line.text?.sms ?? '']
      .map((n) => n.replace(/\D/g, ''))
      .filter((digits) => digits.length >= 5)
      .map((digits) => new RegExp(`(?<!\\d)${digits.startsWith('1') ? '1?' : ''}${digits.replace(/^1/, '')}(?!\\d)`, 'g')),
  ),
];

/** Where a number may be written, and why. Tests, fixtures and data are left out of the scan altogether. */
const ALLOWED: { file: string; literal: string; why: string }[] = [
  { file: 'src/features/api/api.schemas.ts', literal: '410-225-9185', why: 'an example facility number in the API document' },
  {
    file: 'src/features/locator/facility-format.ts',
    literal: '+12563810013',
    why: 'a facility number in a comment: what the tel: URI looks like',
  },
  { file: 'src/domain/corrections.ts', literal: '256-555-0100', why: 'a made-up number (555-01xx) in a comment example' },
  ...['en', 'es'].map((language) => ({
    file: `src/ui/messages/${language}/reports.ts`,
    literal: '256-555-0100',
    why: 'a made-up number (555-01xx is kept for fiction) showing the format in the report form’s error message',
  })),
  { file: 'src/ui/sponsor.tsx', literal: '(555) 010-0000', why: 'a made-up number in a comment explaining the tel: target' },
];

const SCANNED = [
  { dir: 'src', ext: /\.(?:ts|tsx)$/ },
  { dir: 'content', ext: /\.md$/ },
  { dir: 'public', ext: /\.js$/ },
];

function isLeftOut(relative: string): boolean {
  return (
    /\.test\.tsx?$/.test(relative) ||
    /(^|\/)fixtures\//.test(relative) ||
    relative === 'src/ui/helplines.ts' ||
    // Generated from src/ (npm run build:client), which is scanned.
    relative === 'public/self-check.js' ||
    relative === 'public/self-check.es.js'
  );
}

/** Every phone number written in `text`, as written. */
export function phoneLiterals(text: string): string[] {
  return PHONE_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

function files(): string[] {
  return SCANNED.flatMap(({ dir, ext }) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
      .filter((relative) => ext.test(relative) && !isLeftOut(relative)),
  );
}

describe('help line numbers', () => {
  test('the detector finds numbers in every form we have seen, and not ordinary figures', () => {
    for (const written of [
      'tel:+18006624357',
      'href="tel:911"',
      'sms:435748',
      '1-800-662-4357',
      '(800) 662-4357',
      '800.222.1222',
      '+18004843731',
      'text 435748',
    ]) {
      assert.notDeepEqual(phoneLiterals(written), [], written);
    }
    for (const fine of [
      'call 911 now',
      'or text 988',
      '{{tel:samhsa}}',
      // Source code that builds a tel: URI from the helpline module or from data:
      'tel:$' + '{line.tel}',
      'tel:+1$' + '{m[1]}',
      'ZIP 21201-1234',
      '2026-11-26',
      '1,234,567',
    ]) {
      assert.deepEqual(phoneLiterals(fine), [], fine);
    }
  });

  test('no phone number is written outside src/ui/helplines.ts (tests, fixtures and data aside)', () => {
    const found = files().flatMap((relative) => {
      const text = fs.readFileSync(path.join(ROOT, relative), 'utf8');
      return phoneLiterals(text)
        .filter((literal) => !ALLOWED.some((a) => a.file === relative && a.literal === literal))
        .map((literal) => `${relative}: ${literal}`);
    });
    assert.deepEqual(found, [], 'Link to a help line with <HelplineLink> or {{tel:ID}} (see src/ui/helplines.ts)');
  });

  test('every allowed exception is still there (so the list does not rot)', () => {
    for (const a of ALLOWED) assert.ok(fs.readFileSync(path.join(ROOT, a.file), 'utf8').includes(a.literal), a.file);
  });

  test('each line links and reads the same everywhere', () => {
    for (const line of HELPLINES.values()) {
      assert.match(telHref(line), /^tel:\+?\d+$/);
      assert.ok(helplineText(line).includes(line.display));
    }
  });
});
