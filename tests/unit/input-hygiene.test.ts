import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { breakdownImportSchema, parseBreakdownCsv } from '@/lib/validation/breakdown-csv';
import { rejectChangeSchema } from '@/lib/validation/change';
import { draftMetaSchema, isCountUnit, valueUnitProblem } from '@/lib/validation/common';
import { toFieldErrors } from '@/lib/validation/errors';
import { figureDraftSchema } from '@/lib/records/figure';
import { initiativeDraftSchema } from '@/lib/records/initiative';
import { observationDraftSchema, observationFormatKeys } from '@/lib/records/observation';
import { sourceDraftSchema } from '@/lib/records/source';
import { newStaffSchema } from '@/lib/validation/staff';
import { units } from '@/lib/vocabulary';
import { governorates } from '@/prisma/seed-data';

/** One valid form per staff schema; the loop below spoils each of its text fields in turn. */
const staffForms: { name: string; schema: z.ZodType; valid: Record<string, unknown>; notText?: string[] }[] = [
  {
    name: 'figure', schema: figureDraftSchema,
    valid: { labelAr: 'مواطنون', labelEn: 'Citizens', definitionAr: 'تعريف', definitionEn: 'Definition', unit: 'citizens', measure: 'reached', scope: 'national', governorateCode: null, reason: 'سبب', 'notStated.0.kind': 'other', 'notStated.0.noteAr': 'ملاحظة', 'notStated.0.noteEn': 'A note' },
  },
  {
    name: 'observation', schema: observationDraftSchema,
    valid: { value: '30000000', asOf: '2023-01-01', asOfPrecision: 'approximate', periodStart: '2022-01-01', sourceSlug: 'a-source', quote: 'استطاع التحالف الوصول إلى 30 مليون مواطن', quoteTranslation: 'reached 30 million', locator: 'p. 3', valueNote: 'note', reason: 'سبب' },
  },
  {
    name: 'initiative', schema: initiativeDraftSchema,
    valid: { nameAr: 'a', nameEn: 'a', summaryAr: 'a', summaryEn: 'a', bodyAr: 'a', bodyEn: 'a', kind: 'relief', status: 'active', startDate: '2022-03-01', startPrecision: 'day', sourceSlug: 's', quote: 'q', quoteTranslation: 't', reason: 'r' },
  },
  {
    name: 'source', schema: sourceDraftSchema,
    valid: { kind: 'study', publisherAr: 'a', publisherEn: 'a', titleAr: 'a', titleEn: 'a', workTitleAr: 'w', workTitleEn: 'w', authorAr: 'x', authorEn: 'x', originAr: 'o', originEn: 'o', language: 'ar', publishedOn: '2024-01-01', publishedPrecision: 'year', url: 'https://example.org/report', quote: 'q', quoteTranslation: 't', accessedOn: '2024-02-01', archiveSha256: 'a'.repeat(64), reason: 'r' },
  },
  {
    name: 'breakdown import', schema: breakdownImportSchema,
    valid: { figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', sourceSlug: 'caravan-records', quote: 'q', locator: 'جدول 3', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null, reason: 'r', csv: 'governorate,value\nEG-C,1', baseToken: 'abc' },
    // The file's cells are checked one by one (governorate names, numbers); the token is compared, never shown.
    notText: ['csv', 'baseToken'],
  },
  { name: 'reject', schema: rejectChangeSchema, valid: { changeId: '1', expectedRevision: '1', note: 'needs a source' } },
  { name: 'new staff', schema: newStaffSchema, valid: { email: 'a@example.org', name: 'Amal', role: 'editor' } },
  { name: 'draft meta', schema: draftMetaSchema, valid: { slug: 'a-b', changeId: '1', expectedRevision: '2', baseToken: '3' }, notText: ['baseToken'] },
];

describe('every staff text field refuses hidden characters', () => {
  for (const { name, schema, valid, notText = [] } of staffForms) {
    it(`${name}: each field that takes text refuses a bidi override and a control character, with a reason`, () => {
      expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
      const fields = Object.entries(valid).filter(([k, v]) => typeof v === 'string' && !notText.includes(k) && !k.endsWith('kind') && k !== 'role');
      expect(fields.length).toBeGreaterThan(0);
      for (const [field, value] of fields) {
        for (const bad of ['\u202E', '\u2067', '\u0007', '\u001B']) {
          const r = schema.safeParse({ ...valid, [field]: `${value as string}${bad}x` });
          // Refused, next to that field; fields free to hold any letter say why (others are refused by their format).
          expect(r.success, `${name}.${field} with U+${bad.charCodeAt(0).toString(16)}`).toBe(false);
          const errors = toFieldErrors(r.error!);
          expect(Object.keys(errors), `${name}.${field}`).toContain(field);
        }
      }
    });
  }

  it('says "unsafeCharacters" for free text, not a vague "invalid"', () => {
    const key = (schema: z.ZodType, data: Record<string, unknown>, field: string) => toFieldErrors(schema.safeParse(data).error!)[field]?.key;
    const figure = staffForms[0].valid;
    expect(key(figureDraftSchema, { ...figure, 'notStated.0.noteEn': 'note\u202E' }, 'notStated.0.noteEn')).toBe('unsafeCharacters');
    expect(key(sourceDraftSchema, { ...staffForms[3].valid, url: 'https://example.org/\u202Efdp.exe' }, 'url')).toBe('unsafeCharacters');
    expect(key(initiativeDraftSchema, { ...staffForms[2].valid, bodyEn: 'text\u0000' }, 'bodyEn')).toBe('unsafeCharacters');
  });
});

describe('counts of people are whole numbers; money has at most two decimals', () => {
  const observation = staffForms[1].valid;
  const valueError = (value: string) => {
    const r = observationDraftSchema.safeParse({ ...observation, value, valueNote: 'from a table' });
    return r.success ? null : toFieldErrors(r.error, observationFormatKeys).value?.key;
  };

  it('refuses negative, over-long and malformed numbers for every unit, and reads Arabic-Indic digits', () => {
    expect(valueError('-5')).toBe('valueRange');
    expect(valueError('1'.repeat(400))).toBe('valueRange');
    expect(valueError('1'.repeat(16))).toBe('valueRange');
    expect(valueError('1'.repeat(15))).toBeNull();
    expect(valueError('1,2,3')).toBe('decimal');
    expect(valueError('12.345')).toBe('valueRange');
    expect(observationDraftSchema.parse({ ...observation, value: '٣٠٬٠٠٠٬٠٠٠' }).value).toBe('30000000');
    expect(valueError('٠٫٥')).toBeNull();
  });

  it('refuses 0.5 people but not 0.5 pounds, whatever digits were typed', () => {
    expect(units.filter(isCountUnit)).toEqual(['citizens', 'beneficiaries', 'people', 'families']);
    const parsed = (typed: string) => observationDraftSchema.parse({ ...observation, value: typed, valueNote: 'from a table' }).value;
    for (const unit of ['people', 'citizens', 'beneficiaries', 'families']) {
      expect(valueUnitProblem(parsed('0.5'), unit), unit).toBe('wholeNumber');
      expect(valueUnitProblem(parsed('٠٫٥'), unit), unit).toBe('wholeNumber');
      expect(valueUnitProblem(parsed('1,250,000'), unit), unit).toBeNull();
    }
    expect(valueUnitProblem(parsed('0.5'), 'EGP')).toBeNull();
    expect(valueUnitProblem(parsed('2000000000.25'), 'EGP')).toBeNull();
  });

  it('checks every CSV value the same way, with the line and the value as typed', () => {
    const csv = ['governorate,value', 'EG-C,-5', 'EG-GZ,0.5', `EG-ALX,${'9'.repeat(400)}`, 'EG-ASN,"1,2,3"', 'EG-AST,٠٫٥', 'EG-BH,١٢٠', 'EG-SUZ,12.345'].join('\n');
    const people = parseBreakdownCsv(csv, governorates, 'people');
    expect(people.ok ? [] : people.problems.map((p) => [p.line, p.key, p.values?.value])).toEqual([
      [2, 'negativeNumber', '-5'],
      [3, 'wholeNumber', '0.5'],
      [4, 'valueRange', '9'.repeat(400)],
      [5, 'badNumber', '1,2,3'],
      [6, 'wholeNumber', '٠٫٥'],
      [8, 'valueRange', '12.345'],
    ]);
    const money = parseBreakdownCsv(['governorate,value', 'EG-C,0.5', 'EG-GZ,١٢٠٫٧٥'].join('\n'), governorates, 'EGP');
    expect(money).toMatchObject({ ok: true, rows: [{ value: '0.5' }, { value: '120.75' }] });
  });
});
