import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseToken, signupErrors, signupSchema, signupValues } from './newsletter.schema.ts';
import { hashToken, newToken } from './tokens.ts';

test('a good sign-up is trimmed and the address lower-cased; an empty first name is no name', () => {
  const parsed = signupSchema.parse({ email: '  Sam.Lee@Example.ORG ', first_name: '  ', consent: 'yes', website: '' });
  assert.deepEqual(parsed, { email: 'sam.lee@example.org', first_name: undefined, consent: 'yes' });
  assert.equal(signupSchema.parse({ email: 'a@b.co', first_name: ' Sam ', consent: 'yes' }).first_name, 'Sam');
});

test('each problem has one plain message, keyed by the field it is about', () => {
  const cases: [Record<string, unknown>, Record<string, string>][] = [
    [{}, { email: 'Enter your email address', consent: 'Tick the box to say you want to get our emails' }],
    [{ email: 'sam@', consent: 'yes' }, { email: 'Enter an email address in the correct format, like name@example.com' }],
    [
      { email: 'a\r\nBcc: x@y.z@example.org', consent: 'yes' },
      { email: 'Enter an email address in the correct format, like name@example.com' },
    ],
    [{ email: `${'a'.repeat(250)}@example.org`, consent: 'yes' }, { email: 'Email address must be 254 characters or fewer' }],
    [
      { email: 'a@b.co', first_name: 'x'.repeat(61), consent: 'on' },
      {
        first_name: 'First name must be 60 characters or fewer',
        consent: 'Tick the box to say you want to get our emails',
      },
    ],
  ];
  for (const [input, expected] of cases) {
    const result = signupSchema.safeParse(input);
    assert.equal(result.success, false);
    if (!result.success) assert.deepEqual(signupErrors(result.error), expected);
  }
});

test('the values shown back are exactly what was typed, and never a file', () => {
  assert.deepEqual(signupValues({ email: ' Sam@x ', first_name: new File([], 'f'), consent: 'yes' }), {
    email: ' Sam@x ',
    first_name: '',
    consent: true,
  });
});

test('tokens are 32 random bytes in base64url, stored only as their sha-256', () => {
  const { token, hash } = newToken();
  assert.equal(parseToken(token), token);
  assert.equal(hash, hashToken(token));
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.notEqual(newToken().token, token);
  for (const bad of [undefined, '', 'x', `${token}=`, token.slice(1), { token }]) assert.equal(parseToken(bad), undefined);
});
