import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from './config.ts';

const SPONSOR = {
  SPONSOR_NAME: 'Example Recovery Center',
  SPONSOR_PHONE: '(555) 010-4477',
  SPONSOR_URL: 'https://recovery.example/',
  SPONSOR_TEXT: 'Outpatient care with evening hours.',
};

describe('sponsor settings', () => {
  test('none by default', () => {
    assert.equal(loadConfig({}).sponsor, undefined);
  });

  test('name, phone, address and the sponsor’s own description', () => {
    assert.deepEqual(loadConfig(SPONSOR).sponsor, {
      name: 'Example Recovery Center',
      phone: '(555) 010-4477',
      url: 'https://recovery.example/',
      description: 'Outpatient care with evening hours.',
    });
    assert.equal(loadConfig({ ...SPONSOR, SPONSOR_URL: '' }).sponsor?.url, undefined, 'the address is optional');
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a name with no phone or text', { SPONSOR_NAME: 'Acme' }, /SPONSOR_NAME, SPONSOR_PHONE and SPONSOR_TEXT together/],
    ['a phone with too few digits', { ...SPONSOR, SPONSOR_PHONE: 'call us' }, /SPONSOR_PHONE: must be a phone number/],
    [
      'an address that is not a web page',
      { ...SPONSOR, SPONSOR_URL: 'javascript:alert(1)' },
      /SPONSOR_URL: must be a web address/,
    ],
    ['a description that is not short', { ...SPONSOR, SPONSOR_TEXT: 'x'.repeat(201) }, /SPONSOR_TEXT: must be at most 200/],
  ];
  for (const [name, env, message] of bad) {
    test(`refuses to start with ${name}, naming the setting`, () => {
      assert.throws(() => loadConfig(env), message);
    });
  }
});
