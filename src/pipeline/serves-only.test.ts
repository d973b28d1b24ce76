import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectServesOnly } from './serves-only.ts';

const detect = (name: string, name2 = '', codes = '') =>
  detectServesOnly({ names: [name, name2], codes: new Set(codes.split(' ').filter(Boolean)) });

// Names from the bundled lists.
describe('who a place is only for', () => {
  const cases: [string, string, string, string[]][] = [
    ['Baltimore Central Booking and Intake Facility', '', 'OTP', ['custody']],
    ['Lower Buckeye Jail', '', 'OTP', ['custody']],
    ['Rikers Island Correctional Facility', '', '', ['custody']],
    ['Washoe County Detention Center', '', '', ['custody']],
    ['Franklin County House of Corrections', '', '', ['custody']],
    ['Essex County Sheriff\u2019s Department Comprehensive Treatment Center', '', '', ['custody']],
    ['Maricopa Correctional Health Services', '', '', ['custody']],
    ['Tomah VA Medical Center', '', '', ['veterans']],
    ['Central Alabama Veterans', 'Healthcare System', '', ['veterans']],
    ['Martinez ARTS Outpatient Clinic', 'VA Nor Cal Healthcare System', '', ['veterans']],
    ['Northeast Ohio Healthcare System', 'Lorain CBOC', 'VAMC', ['veterans']],
    ['School Ten', 'Drinking Driver Unit', 'SA OP DUO', ['dui-dwi']],
    ['DUI Associates Inc', '', '', ['dui-dwi']],
    ['Milani Services', 'DUI Evaluations', '', ['dui-dwi']],
    ['Bridge Inc', 'Recovery Center for Teens/Cullman', 'SA OP CHLD', ['adolescents']],
    ['Hogar Crea Isabela Adolescentes', '', '', []],
    // Open to other people: programs for people on probation, veterans’ charities, counselling that also does DUI classes.
    ['Josephine County Comm Corrections', 'Substance Abuse Trt Program', '', []],
    ['Time Out Community Counseling and', 'Correctional Services', '', []],
    ['Veterans Alcoholic Rehab Prog (VARP)', '', 'SA RES', []],
    ['Ascent Counseling and DUI Services', '', 'SA OP DU', []],
    ['Conifer Park Inc', 'Alcoholism and Substance Abuse Clinic', 'SA MM METH OTP DUO', []],
    ['Teen Challenge', '', '', []],
    ['Regis House', 'Adolescent and Fam Ctr', '', []],
    ['Caron Treatment Centers', 'Adolescent Primary Care Services', 'SA RES CHLD YAD ADLT', []],
    ['Aroostook Mental Health Center', '', 'SA OP ADLT YAD', []],
  ];
  for (const [name, name2, codes, expected] of cases) {
    test(`${name}${name2 ? ` | ${name2}` : ''} ${codes ? `(${codes})` : ''}: ${expected.join(', ') || 'open to all'}`, () =>
      assert.deepEqual(detect(name, name2, codes), expected));
  }
});
