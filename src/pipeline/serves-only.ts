/**
 * Detects places open only to some people, from their name and the codes the build kept for them. The
 * patterns were read off the bundled lists; the tests hold the real names that must and must not match.
 *
 * @module
 */
import type { ServesOnly } from '../domain/serves-only.ts';

/** Jails, prisons, detention and booking centres, and the health services run inside them. */
const CUSTODY =
  /\b(jails?|prisons?|penitentiary|detention|central booking|booking and intake|inmates?|sheriff'?s?|state custody|rikers island|house of corrections?|(department|dept) of corrections?|correctional (facility|institution|center|ctr|complex|unit|health|healthcare)|metropolitan correctional|federal correctional)\b/i;

/** The Department of Veterans Affairs and its hospitals and clinics. */
const VETERANS_AFFAIRS =
  /(\bVA\b|\bV\.A\.|\bVAMC\b|veterans? affairs|veterans administration|veterans health administration|\bvet center\b|veterans? (hospital|hosp|medical center|medical ctr|healthcare system|health care system))/;
const VETERANS_AFFAIRS_ANY_CASE =
  /(veterans? affairs|veterans administration|\bvet center\b|veterans? (hospital|hosp|medical center|healthcare system|health care system))/i;

const DUI = /\b(dui|dwi|owi|oui|drinking drivers?|impaired driv\w*|alcohol safety action)\b/i;
/** Words that say a DUI program's organisation does more than DUI classes. */
const MORE_THAN_DUI =
  /\b(counsel+ing|csl|addictions?|recovery|outpatient|outpt|behavioral|mental|wellness|guidance|substance|drug|mothers|multiple|treatment|trt|psych\w*|health)\b/i;

const TEENS = /\b(adolescents?|adol|teens?)\b/i;
const NOT_ONLY_TEENS = /\b(adults?|teen challenge|family|families|fam)\b/i;

/** Codes that mean a place does more than DUI/DWI classes. */
const BEYOND_DUI = ['OTP', 'MM', 'METH', 'BU', 'BUM', 'RES', 'RS', 'RL', 'HI', 'HID', 'HIT', 'DT', 'RD', 'OD'];
const AGE_CODES = ['CHLD', 'YAD', 'ADLT', 'SNR'];

export interface ServesOnlyInput {
  /** The name shown, and its second line. */
  names: readonly string[];
  /** The codes the build kept for the place. */
  codes: ReadonlySet<string>;
}

/** Who a place is only for, in the order of SERVES_ONLY. */
export function detectServesOnly({ names, codes }: ServesOnlyInput): ServesOnly[] {
  const text = names.filter(Boolean).join(' ');
  const out: ServesOnly[] = [];
  if (CUSTODY.test(text)) out.push('custody');
  if (codes.has('VAMC') || codes.has('VO') || VETERANS_AFFAIRS.test(text) || VETERANS_AFFAIRS_ANY_CASE.test(text))
    out.push('veterans');
  const duiOnlyByName = names.some((n) => DUI.test(n) && !MORE_THAN_DUI.test(n.replace(DUI, ' ')));
  if ((codes.has('DUO') || duiOnlyByName) && !BEYOND_DUI.some((c) => codes.has(c))) out.push('dui-dwi');
  const ages = AGE_CODES.filter((c) => codes.has(c));
  const teensByCode = ages.length > 0 && ages.every((c) => c === 'CHLD');
  const teensByName = ages.length === 0 && TEENS.test(text) && !NOT_ONLY_TEENS.test(text);
  if (teensByCode || teensByName) out.push('adolescents');
  return out;
}
