'use server';

import { staffAction } from '@/lib/auth/action';
import type { ActionState } from '@/lib/auth/action-state';
import { getRecordState } from '@/lib/data/changes/queries';
import { startChange } from '@/lib/data/changes/workflow';
import { figureUnit, listGovernorateRefs, sourceExists } from '@/lib/data/staff-records';
import { redirect } from '@/lib/i18n/navigation';
import {
  MAX_CSV_BYTES, breakdownImportFormatKeys, breakdownImportNullable, breakdownImportSchema, breakdownProvenance, parseBreakdownCsv,
} from '@/lib/validation/breakdown-csv';
import type { ImportChecked } from '@/lib/validation/breakdown-csv';
import { withDateParts } from '@/lib/validation/date-parts';

async function fileText(formData: FormData, carried: string | null): Promise<string | ActionState> {
  const file = formData.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_CSV_BYTES) return { status: 'error', error: 'fileTooLarge', values: { max: String(MAX_CSV_BYTES / 1024) } };
    return file.text();
  }
  return carried ?? { status: 'error', error: 'fileMissing' };
}

/**
 * Checks a whole CSV (nothing written), then, once it is valid and the person confirms, keeps it as a
 * draft change for review. A file with any bad row never reaches the database.
 */
export const importBreakdownAction = withDateParts(staffAction<typeof breakdownImportSchema, ImportChecked>('draft', breakdownImportSchema, async (input, { actor, formData, locale }) => {
  const text = await fileText(formData, input.csv);
  if (typeof text !== 'string') return text;
  const [record, governorates, sourceKnown, unit] = await Promise.all([getRecordState('breakdown', input.figureSlug), listGovernorateRefs(), sourceExists(input.sourceSlug), figureUnit(input.figureSlug)]);
  if (!record) return { status: 'error', error: 'notFound' };
  if (!sourceKnown) return { status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } };
  const parsed = parseBreakdownCsv(text, governorates, unit ?? undefined);
  if (!parsed.ok) return { status: 'checked', problems: parsed.problems };
  if (input.intent === 'check') return { status: 'checked', problems: [], rows: parsed.rows, dimension: parsed.dimension, csv: text, baseToken: record.token };
  const content = { titleAr: input.titleAr, titleEn: input.titleEn, ...breakdownProvenance(input), dimension: parsed.dimension, rows: parsed.rows.map(({ line: _l, ...r }) => r) };
  const id = await startChange(actor, 'breakdown', input.figureSlug, { content, reason: input.reason, baseToken: input.baseToken ?? record.token });
  redirect({ href: { pathname: `/admin/changes/${id}`, query: { done: 'saved' } }, locale });
}, { nullable: breakdownImportNullable, formatKeys: breakdownImportFormatKeys }));
