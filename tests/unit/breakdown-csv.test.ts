import { describe, expect, it } from 'vitest';
import { breakdownImportFormatKeys, breakdownImportSchema, parseBreakdownCsv } from '@/lib/validation/breakdown-csv';
import { toFieldErrors } from '@/lib/validation/errors';
import { governorates } from '@/prisma/seed-data';

const parse = (text: string) => parseBreakdownCsv(text, governorates);

describe('breakdown CSV import', () => {
  it('accepts ISO codes, Arabic and English names, grouping separators and Arabic-Indic digits', () => {
    const result = parse('\uFEFFgovernorate,value\nEG-C,"1,250,000"\nالجيزة,٩٨٠٠٠٠\nAlexandria,610000\nمحافظة الإسكندريه,1\nalx,2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // the same governorate written three ways is one governorate: the later lines are duplicates
    expect(result.problems).toEqual([
      { line: 5, key: 'duplicate', values: { first: 4 } },
      { line: 6, key: 'duplicate', values: { first: 4 } },
    ]);
    const ok = parse('governorate,value\nEG-C,"1,250,000"\nالجيزة,٩٨٠٠٠٠\nAlexandria,610000\nkafr el-sheikh,5\nFayoum,7');
    expect(ok).toMatchObject({ ok: true, dimension: 'governorate' });
    if (!ok.ok) return;
    expect(ok.rows.map((r) => [r.line, r.governorateCode, r.value])).toEqual([
      [2, 'EG-C', '1250000'], [3, 'EG-GZ', '980000'], [4, 'EG-ALX', '610000'], [5, 'EG-KFS', '5'], [6, 'EG-FYM', '7'],
    ]);
  });

  it('reports every bad row with its line and reason, and returns no rows', () => {
    const result = parse(['governorate,value', 'EG-C,10', 'Atlantis,5', 'EG-GZ,12abc', 'EG-GZ,-4', 'EG-ALX,', ',3', 'EG-C,11', 'EG-ASN,3.74e7'].join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 3, key: 'unknownGovernorate', values: { value: 'Atlantis' } },
      { line: 4, key: 'badNumber', values: { value: '12abc' } },
      { line: 5, key: 'negativeNumber', values: { value: '-4' } },
      { line: 6, key: 'missingValue' },
      { line: 7, key: 'missingGovernorate' },
      { line: 8, key: 'duplicate', values: { first: 2 } },
      { line: 9, key: 'badNumber', values: { value: '3.74e7' } },
    ]);
    expect('rows' in result).toBe(false);
  });

  it('reads Arabic column names, semicolons and periods', () => {
    const result = parse('المحافظة;القيمة;period_start;period_end\nالقاهرة;10;2023-01-01;2023-03-31\nالقاهرة;12;2023-04-01;2023-06-30');
    expect(result).toMatchObject({ ok: true, dimension: 'governorate-period' });
    const bad = parse('governorate,value,period_start,period_end\nEG-C,1,2023-02-30,\nEG-C,1,2023-05-01,2023-04-01\nEG-C,1,,');
    expect(bad.ok ? [] : bad.problems.map((p) => [p.line, p.key])).toEqual([[2, 'badDate'], [3, 'periodOrder'], [4, 'missingPeriod']]);
  });

  it('refuses files that are empty, unreadable or missing a column', () => {
    const keys = (text: string) => { const r = parse(text); return r.ok ? [] : r.problems.map((p) => p.key); };
    expect(keys('')).toEqual(['emptyFile']);
    expect(keys('governorate,value\n')).toEqual(['emptyFile']);
    expect(keys('governorate,count\nEG-C,1')).toEqual(['missingColumn']);
    expect(keys('governorate,value\n"EG-C,1\n')).toEqual(['malformed']);
    expect(keys(`governorate,value\n${'EG-C,1\n'.repeat(5001)}`)).toEqual(['tooManyRows']);
  });
});

describe('breakdown import form', () => {
  const form = {
    figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'r', sourceSlug: 'caravan-records',
    quote: null, locator: 'جدول 3', asOf: '٢٠٢٤-١٢-٣١', asOfPrecision: 'year', periodStart: null,
  };
  const errors = (data: Record<string, unknown>) => {
    const r = breakdownImportSchema.safeParse(data);
    return r.success ? {} : toFieldErrors(r.error, breakdownImportFormatKeys);
  };

  it('asks for the breakdown’s own source, its words or place in it, and the date the values describe', () => {
    expect(breakdownImportSchema.parse(form)).toMatchObject({ sourceSlug: 'caravan-records', locator: 'جدول 3', asOf: '2024-12-31', intent: 'check' });
    expect(errors({ ...form, sourceSlug: '' })).toEqual({ sourceSlug: { key: 'choose' } });
    expect(errors({ ...form, asOf: '', asOfPrecision: '' })).toEqual({ asOf: { key: 'required' }, asOfPrecision: { key: 'choose' } });
    expect(errors({ ...form, locator: null })).toEqual({ quote: { key: 'quoteOrLocator' } });
    expect(errors({ ...form, locator: null, quote: 'بلغ عدد المستفيدين في القاهرة 100' })).toEqual({});
    expect(errors({ ...form, periodStart: '2025-01-01' })).toEqual({ periodStart: { key: 'periodOrder' } });
  });
});
