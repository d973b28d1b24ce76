import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { concept, conceptAliases, conceptByKey, conceptsOf, conceptValues, FILTER_GROUPS, offers } from './concepts.ts';

const must = (group: Parameters<typeof concept>[0], value: string) => {
  const c = concept(group, value);
  assert.ok(c, `${group}=${value} is a known concept`);
  return c;
};

describe('the concept-to-code map', () => {
  const cases: [Parameters<typeof concept>[0], string, string[], string[]][] = [
    // group, value, codes that mean it, codes that must not
    // OTPA ("all clients are in an OTP") also marks hospitals and residential programs: not a methadone code.
    ['medication', 'methadone', ['OTP', 'MM', 'METH'], ['BU', 'OMB', 'DM', 'OTPA']],
    ['medication', 'buprenorphine', ['BU', 'BUM', 'BMW', 'DB', 'BWN'], ['MM', 'OTP', 'VTRL']],
    ['medication', 'naltrexone', ['VTRL', 'NXN', 'RPN'], ['BU', 'MM', 'UBN']],
    ['care', 'detox', ['DT', 'HID', 'RD', 'OD'], ['OP', 'RES']],
    ['care', 'partial', ['ODT'], ['OIT', 'OP']],
    ['care', 'intensive', ['OIT'], ['ODT', 'OP']],
    ['care', 'residential', ['RES', 'RS', 'RL'], ['HH', 'OP', 'RD']],
    ['care', 'hospital', ['HI', 'HID', 'HIT'], ['GH', 'RES']],
    ['care', 'outpatient', ['OP', 'ORT', 'OMB'], ['RES', 'HI']],
    // SF is cash/self-pay and SS is the sliding fee scale: the classic mix-up.
    ['payment', 'cash', ['SF'], ['SS', 'SI']],
    ['payment', 'sliding', ['SS'], ['SF', 'PA']],
    ['payment', 'free', ['NP'], ['PA', 'SS']],
    ['payment', 'medicaid', ['MD'], ['MC', 'SI']],
    ['payment', 'medicare', ['MC'], ['MD']],
    ['payment', 'military', ['MI'], ['ADM', 'VET']],
    ['population', 'pregnant', ['PW'], ['WN', 'FEM']],
    ['population', 'adolescents', ['AD'], ['TAY', 'YAD']],
    ['language', 'spanish', ['SP'], ['FX']],
    // AH is help for Deaf and hard of hearing people (staff or an interpreter), not always ASL; "asl" still works.
    ['language', 'deaf-hard-of-hearing', ['AH'], ['SP']],
    ['language', 'asl', ['AH'], ['SP']],
    // DU is "has a DUI/DWI program"; DUO "serves only DUI/DWI clients": both match the DUI/DWI program filter.
    ['population', 'dui-dwi', ['DU', 'DUO'], ['CJ']],
    ['population', 'justice', ['CJ'], ['DU', 'DUO']],
    ['approach', 'contingency', ['CMI', 'CRV'], ['MOTI']],
    ['approach', 'twelve-step', ['TWFA'], ['SHG']],
  ];
  for (const [group, value, yes, no] of cases) {
    test(`${group}=${value}`, () => {
      const c = must(group, value);
      for (const code of yes) assert.ok(offers([code], c), `${code} means ${value}`);
      for (const code of no) assert.ok(!offers([code], c), `${code} does not mean ${value}`);
    });
  }

  test('the 2022 OTP directory (stored as OTP) and the 2020 MOUD flags (BUM, MM, VTRL) count', () => {
    assert.deepEqual(
      conceptsOf(['OTP']).map((c) => c.value),
      ['methadone'],
    );
    assert.deepEqual(
      conceptsOf(['BUM', 'MM', 'VTRL'])
        .map((c) => c.value)
        .sort(),
      ['buprenorphine', 'methadone', 'naltrexone'],
    );
  });

  test('an alias names the same concept as its value, and is never a value itself', () => {
    assert.equal(concept('language', 'asl'), concept('language', 'deaf-hard-of-hearing'));
    assert.ok(!conceptValues('language').includes('asl'));
    assert.equal(conceptByKey('language:asl')?.value, 'deaf-hard-of-hearing');
    assert.equal(conceptAliases('language').get('asl'), 'deaf-hard-of-hearing');
  });

  test('every group has values, values are unique within a group and lower-case URL-safe', () => {
    for (const group of FILTER_GROUPS) {
      const values = conceptValues(group);
      assert.ok(values.length > 0, group);
      assert.equal(new Set(values).size, values.length, group);
      for (const v of values) assert.match(v, /^[a-z]+(-[a-z]+)*$/);
    }
  });
});
