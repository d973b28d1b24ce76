import type { CorrectionRow } from '../../db/corrections.repository.ts';
import { correctionFromRow } from '../../db/corrections.repository.ts';
import type { CorrectionChange } from '../../domain/corrections.ts';
import type { ApiCorrection } from './api.schemas.ts';

/** What our team found, as one short string (the same in JSON and CSV). */
function foundValue(change: CorrectionChange): string {
  switch (change.field) {
    case 'phone':
    case 'intake_phone':
      return change.phone ?? '';
    case 'address':
      return [[change.street, change.street2].filter(Boolean).join(', '), `${change.city}, ${change.state} ${change.zip}`]
        .filter(Boolean)
        .join(', ');
    case 'service':
      return change.offered ? 'offered' : 'not offered';
    case 'closed':
      return change.closed ? 'closed' : 'open';
    case 'serves_only':
      return change.servesOnly.join(' ');
  }
}

/**
 * One correction as open data: the facility (by its id today), what was checked, what was found, when and
 * how. Never the editor, the report behind it or anything the reporter wrote. Undefined for a row this version
 * cannot read.
 */
export function toApiCorrection(
  row: CorrectionRow,
  resolve: (id: string) => string,
  publicUrl: string,
): ApiCorrection | undefined {
  const c = correctionFromRow(row);
  if (!c) return undefined;
  const facilityId = resolve(c.facilityId);
  return {
    id: c.id,
    facility_id: facilityId,
    facility_url: `${publicUrl}/facilities/${facilityId}`,
    field: c.change.field,
    concept: c.change.field === 'service' ? c.change.concept : null,
    value: foundValue(c.change),
    checked_on: c.checkedOn,
    evidence: c.evidence,
    accepted_on: row.created_at.slice(0, 10),
    status: row.state,
    ended_on: row.ended_at?.slice(0, 10) ?? null,
  };
}
