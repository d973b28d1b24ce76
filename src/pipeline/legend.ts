import path from 'node:path';
import { readCsv } from './source-readers.ts';

export interface LegendEntry {
  code: string;
  category: string;
  label: string;
  plainLabel: string;
  confidence: string;
}

/**
 * Plain words for the codes people meet most. The legend's own labels are the directory's survey wording
 * ("Substance abuse treatment", "Persons with co-occurring…"); these say the same thing the way a person
 * would. Codes not listed here fall back to the legend label, lightly cleaned.
 */
const PLAIN_LABELS: Record<string, string> = {
  SA: 'Substance use treatment',
  DT: 'Detox (withdrawal care)',
  HH: 'Transitional or sober living housing',
  SAF: 'Mainly substance use treatment',
  MHSAF: 'Mental health and substance use treatment',
  MHF: 'Mainly mental health treatment',
  GHF: 'General health care',
  OTP: 'Certified opioid treatment program (OTP)',
  OTPA: 'All clients are in the opioid treatment program',
  MM: 'Methadone maintenance',
  MMW: 'Methadone maintenance for a set time',
  METH: 'Methadone',
  MU: 'Methadone',
  DM: 'Methadone for withdrawal (detox)',
  BU: 'Buprenorphine',
  BUM: 'Buprenorphine maintenance',
  BMW: 'Buprenorphine maintenance for a set time',
  DB: 'Buprenorphine for withdrawal (detox)',
  BWN: 'Buprenorphine with naloxone',
  BWON: 'Buprenorphine without naloxone',
  BSDM: 'Buprenorphine implant',
  BERI: 'Buprenorphine monthly shot',
  UB: 'Prescribes buprenorphine',
  UBN: 'Prescribes buprenorphine or naltrexone',
  VTRL: 'Naltrexone monthly shot (Vivitrol)',
  NXN: 'Naltrexone pills',
  RPN: 'Naltrexone to prevent relapse',
  NU: 'Naltrexone',
  UN: 'Prescribes naltrexone',
  MOA: 'Welcomes people who take opioid medication prescribed elsewhere',
  NMOA: 'Does not use medication for opioid use disorder',
  NOOP: 'Does not treat opioid use disorder',
  PAIN: 'Methadone or buprenorphine for pain or emergency dosing',
  ACM: 'Acamprosate (for alcohol)',
  DSF: 'Disulfiram (for alcohol)',
  MPD: 'Medicine for mental health conditions',
  NRT: 'Nicotine replacement',
  HI: 'Hospital inpatient',
  HID: 'Hospital inpatient detox',
  HIT: 'Hospital inpatient treatment',
  RES: 'Residential',
  RS: 'Short-term residential (30 days or less)',
  RL: 'Long-term residential (more than 30 days)',
  RD: 'Residential detox',
  OP: 'Outpatient',
  ORT: 'Regular outpatient',
  OIT: 'Intensive outpatient',
  ODT: 'Day treatment or partial hospitalization',
  PHDT: 'Day treatment or partial hospitalization',
  OD: 'Outpatient detox',
  OMB: 'Outpatient medication treatment',
  CT: 'Computer-based treatment',
  TELE: 'Telehealth',
  GH: 'General hospital',
  PSYH: 'Psychiatric hospital',
  MD: 'Medicaid',
  MC: 'Medicare',
  PI: 'Private insurance',
  SF: 'Cash or self-pay',
  SI: 'State insurance (not Medicaid)',
  MI: 'Military insurance (TRICARE or VA)',
  ITU: 'Indian Health Service, tribal or urban funds',
  IHS: 'Indian Health Service, tribal or urban funds',
  NP: 'Free: no payment taken',
  SS: 'Sliding fee scale (price based on income)',
  PA: 'Help paying is available',
  ATR: 'Access to Recovery vouchers',
  FSA: 'Government funding for substance use care',
  AD: 'Teens',
  TAY: 'Young adults',
  WN: 'Women',
  MN: 'Men',
  PW: 'Pregnant or postpartum people',
  SE: 'Older adults',
  GL: 'LGBTQ+ people',
  VET: 'Veterans',
  ADM: 'Active-duty military',
  MF: 'Military families',
  CJ: 'People involved with the justice system',
  CO: 'Mental health and substance use together',
  HV: 'People with HIV',
  TRMA: 'People who have lived through trauma',
  XA: 'People who have lived through sexual abuse',
  DV: 'People who have lived through domestic violence',
  DU: 'A program for people with a DUI or DWI',
  DUO: 'Only serves people with a DUI or DWI',
  MO: 'Only methadone clients',
  BMO: 'Only methadone and buprenorphine clients',
  CBT: 'Cognitive behavioral therapy (CBT)',
  DBT: 'Dialectical behavior therapy (DBT)',
  CMI: 'Contingency management (rewards for goals)',
  CRV: 'Community reinforcement with vouchers',
  MOTI: 'Motivational interviewing',
  RELP: 'Relapse prevention',
  TWFA: '12-step facilitation',
  TRC: 'Trauma-related counseling',
  SACA: 'Substance use counseling',
  MXM: 'Matrix Model',
  REBT: 'Rational emotive behavior therapy',
  ANG: 'Anger management',
  BIA: 'Brief intervention',
  SP: 'Spanish',
  AH: 'Help for Deaf and hard of hearing people (staff or an interpreter)',
  ADLT: 'Adults',
  YAD: 'Young adults',
  CHLD: 'Children and teens',
  SNR: 'Older adults',
  FEM: 'Women',
  MALE: 'Men',
  ISC: 'Short-term help while waiting for a place',
  CSAA: 'Full substance use assessment',
  SSA: 'Substance use screening',
  DAUT: 'Urine drug testing',
  NOE: 'Naloxone and overdose education',
  ACC: 'Aftercare',
  DP: 'Discharge planning',
  CM: 'Case management',
  PEER: 'Peer support',
  RC: 'Recovery coach',
  SHG: 'Self-help groups',
  HS: 'Help with housing',
  TA: 'Help with transportation',
  CCC: 'Child care while you attend',
  BC: 'Beds for clients’ children',
  EMP: 'Job counseling or training',
  MHS: 'Mental health services',
  ICO: 'Individual counseling',
  GCO: 'Group counseling',
  FCO: 'Family counseling',
  MCO: 'Couples counseling',
  CARF: 'Accredited by CARF',
  JC: 'Accredited by The Joint Commission',
  STAG: 'Licensed by the state substance use agency',
};

/**
 * Categories the scraped key got wrong. DU means the place offers a DUI/DWI program: it sits under
 * "Exclusive services" in the key beside DUO ("serves only DUI/DWI clients"), so it read "Only serves".
 */
const CATEGORY_FIXES: Record<string, string> = {
  DU: 'Special programs / groups',
};

/** "Substance abuse" is survey language we don't use with people; the rest of a legend label stays. */
function cleanLabel(label: string): string {
  return label.replace(/substance abuse/gi, (m) => (m[0] === 'S' ? 'Substance use' : 'substance use')).trim();
}

/**
 * The code legend: the directory key (service_codes_legend.csv) first, then codes that only the
 * FindTreatment.gov era uses (service_codes_findtreatment_era.csv), so an import's codes all have a label.
 */
export function loadLegend(sourcesDir: string): LegendEntry[] {
  const seen = new Set<string>();
  const out: LegendEntry[] = [];
  const directoryKey = readCsv(path.join(sourcesDir, 'service_codes_legend.csv')).records;
  const era = readCsv(path.join(sourcesDir, 'service_codes_findtreatment_era.csv')).records.map((r) => ({
    code: r.code as string,
    category: r.group as string,
    label: r.label as string,
    confidence: (r.provenance as string).startsWith('official') ? 'high' : 'medium',
  }));
  for (const r of [...directoryKey, ...era]) {
    const code = (r.code as string).toUpperCase();
    if (seen.has(code)) continue;
    seen.add(code);
    const label = cleanLabel(r.label as string);
    out.push({
      code,
      category: CATEGORY_FIXES[code] ?? (r.category as string),
      label: r.label as string,
      plainLabel: PLAIN_LABELS[code] ?? label,
      confidence: r.confidence as string,
    });
  }
  return out;
}
