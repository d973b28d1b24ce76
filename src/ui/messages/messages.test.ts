import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en } from './en.ts';
import { fill, type MessageTree, placeholdersOf, plural, rich, variant } from './format.ts';
import { type Messages, messages } from './index.ts';

/** Every string in a catalogue, with its key ("newsletter.signUp.title", "layout.footer.label"). */
function strings(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const name = `${prefix}${key}`;
    if (typeof value === 'string') return [[name, value]];
    if (Array.isArray(value)) return value.map((v, i): [string, string] => [`${name}[${i}]`, v as string]);
    return strings(value as MessageTree, `${name}.`);
  });
}

describe('the message catalogue', () => {
  test('every message is well formed: variants, tags and parameters', () => {
    const all = strings(en);
    assert.ok(all.length > 200, `${all.length} messages`);
    for (const [key, text] of all) {
      // Outside [a|b] groups there is no stray bar, and groups do not nest (a bracket alone, like [D], is text).
      const outside = text.replace(/\[[^[\]|]*\|[^[\]|]*\]/g, '');
      assert.doesNotMatch(outside, /\|/, `${key}: a | outside a [you|they] variant`);
      // Every <tag> closes, and nothing else looks like markup.
      const tags = text.match(/<\/?[a-z][a-z0-9-]*>/g) ?? [];
      const named = placeholdersOf(text).filter((p) => text.includes(`<${p}>`));
      assert.equal(tags.length, named.length * 2, `${key}: unbalanced tags`);
      assert.doesNotMatch(text.replace(/<([a-z][a-z0-9-]*)>[^<]*<\/\1>/g, ''), /<|>/, `${key}: stray < or >`);
    }
  });

  test('plural messages have the "other" form, and every form uses {count}', () => {
    const forms = (tree: MessageTree): [string, Record<string, string>][] =>
      Object.entries(tree).flatMap(([key, value]): [string, Record<string, string>][] => {
        if (typeof value === 'string' || Array.isArray(value)) return [];
        if ('other' in value && typeof value.other === 'string') return [[key, value as Record<string, string>]];
        return forms(value as MessageTree);
      });
    const found = forms(en);
    assert.ok(found.length >= 2);
    for (const [key, value] of found) {
      for (const [form, text] of Object.entries(value)) assert.ok(text.includes('{count}'), `${key}.${form}`);
    }
  });

  test('a catalogue missing a key is not a Messages (the type check fails)', () => {
    const { skipLink: _skipLink, ...layout } = en.layout;
    // @ts-expect-error: layout.skipLink is missing
    const incomplete: Messages = { ...en, layout };
    assert.equal('skipLink' in incomplete.layout, false);
    assert.equal(messages(), en);
  });
});

describe('the message format', () => {
  test('{name} is filled, numbers are written for the locale, and a missing value is a bug', () => {
    assert.equal(fill('Question {index} of {total}', { index: 2, total: 12 }), 'Question 2 of 12');
    assert.equal(fill('{n} places', { n: 12345 }), '12,345 places');
    assert.equal(fill('{n} lugares', { n: 12345 }, 'es-US'), '12,345 lugares');
    assert.throws(() => fill('Hello {name}'), /needs \{name\}/);
  });

  test('[you|they] is one message with a variant for each reader', () => {
    assert.equal(variant('How often do [you|they] use?', 'self'), 'How often do you use?');
    assert.equal(variant('How often do [you|they] use?', 'other'), 'How often do they use?');
    assert.equal(variant('Ask for help with [|their ]withdrawal', 'self'), 'Ask for help with withdrawal');
    assert.equal(variant('No variant here', 'other'), 'No variant here');
  });

  test('plurals follow the language’s own rules (Intl.PluralRules)', () => {
    const forms = { one: '{count} minute', other: '{count} minutes' };
    assert.equal(plural(forms, 1), '1 minute');
    assert.equal(plural(forms, 5), '5 minutes');
    // A language with more forms: Polish says 2–4 differently from 5 and more.
    const pl = { one: '{count} minuta', few: '{count} minuty', many: '{count} minut', other: '{count} minuty' };
    assert.deepEqual(
      [1, 3, 5].map((n) => plural(pl, n, {}, 'pl')),
      ['1 minuta', '3 minuty', '5 minut'],
    );
  });

  test('<tag>words</tag> and {name} become markup the code chooses, in the language’s word order', () => {
    const parts = rich('Call {number}, or <link>get help</link>.', {
      number: '911',
      link: (words) => `[${words}]`,
    });
    assert.deepEqual(parts, ['Call ', '911', ', or ', '[get help]', '.']);
    assert.throws(() => rich('<link>x</link>', {}), /needs <link>/);
  });
});

test('numbers are filled in as Intl writes them for the locale, small whole numbers included', () => {
  for (const locale of ['en-US', 'es-US']) {
    const intl = new Intl.NumberFormat(locale);
    for (const n of [...Array.from({ length: 2100 }, (_, i) => i), 0.5, 2.25, 999.5, 12345, 1e6, -3]) {
      assert.equal(fill('{n}', { n }, locale), intl.format(n), `${locale} ${n}`);
    }
  }
});
