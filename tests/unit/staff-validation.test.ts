import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '@/lib/validation/errors';
import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';
import { formValues } from '@/lib/validation/form-data';
import { initiativeDraftSchema } from '@/lib/validation/initiative';
import { sourceDraftSchema, sourceFormatKeys } from '@/lib/validation/source';
import { acceptInviteSchema } from '@/lib/validation/staff';
import { normalizeDecimalInput } from '@/lib/validation/number';

const figure = {
  labelAr: 'مواطنون', labelEn: 'Citizens', definitionAr: 'تعريف', definitionEn: 'Definition', unit: 'citizens', measure: 'reached',
  value: '30000000', asOf: '2023-01-01', asOfPrecision: 'approximate', scope: 'national', governorateCode: null, sourceSlug: 'a-source',
  quote: 'نص', quoteTranslation: null, reason: 'سبب',
};

function errorsOf(data: Record<string, unknown>) {
  const r = figureDraftSchema.safeParse(data);
  return r.success ? {} : Object.fromEntries(Object.entries(toFieldErrors(r.error, figureFormatKeys)).map(([k, v]) => [k, v.key]));
}

describe('staff form schemas', () => {
  it('accept numbers as staff type them and keep them exact', () => {
    expect(normalizeDecimalInput('٣٧٬٤٠٠٬٠٠٠')).toBe('37400000');
    expect(normalizeDecimalInput(' 8 000٫5 ')).toBe('8000.5');
    expect(figureDraftSchema.parse({ ...figure, value: '۳۱,۰۰۰,۰۰۰', asOf: '٢٠٢٣-٠١-٠١' })).toMatchObject({ value: '31000000', asOf: '2023-01-01' });
  });

  it('say which field is wrong, with a message key both languages have', () => {
    expect(errorsOf({ ...figure, value: '', reason: '  ' })).toEqual({ value: 'required', reason: 'required' });
    expect(errorsOf({ ...figure, value: '3.74e7', asOf: '2023-02-30', unit: 'dollars' })).toEqual({ value: 'decimal', asOf: 'date', unit: 'choose' });
    expect(errorsOf({ ...figure, scope: 'governorate' })).toEqual({ governorateCode: 'governorateRequired' });
    expect(errorsOf({ ...figure, labelAr: 'x'.repeat(201) })).toEqual({ labelAr: 'tooLong' });
    expect(toFieldErrors(figureDraftSchema.safeParse({ ...figure, labelAr: 'x'.repeat(201) }).error!).labelAr.values).toEqual({ max: 200 });
  });

  it('treat empty optional fields as none', () => {
    const data = new FormData();
    data.set('governorateCode', '');
    data.set('quoteTranslation', '  ');
    data.set('$ACTION_ID_x', '');
    expect(formValues(data, figureNullable)).toEqual({ governorateCode: null, quoteTranslation: null });
  });

  it('require a reason and a date precision for initiatives, and a real link for sources', () => {
    const r = initiativeDraftSchema.safeParse({ nameAr: 'a', nameEn: 'a', summaryAr: 'a', summaryEn: 'a', bodyAr: 'a', bodyEn: 'a', kind: 'relief', status: 'active', startDate: '2022-03-01', startPrecision: null, sourceSlug: 's', quote: 'q', quoteTranslation: null, reason: '' });
    expect(r.success ? [] : Object.keys(toFieldErrors(r.error)).sort()).toEqual(['reason', 'startPrecision']);
    const s = sourceDraftSchema.safeParse({ publisherAr: 'a', publisherEn: 'a', titleAr: 'a', titleEn: 'a', originAr: null, originEn: null, language: 'ar', publishedOn: null, publishedPrecision: 'day', url: 'javascript:alert(1)', quote: 'q', quoteTranslation: null, accessedOn: null, reason: 'r' });
    expect(s.success ? {} : toFieldErrors(s.error, sourceFormatKeys)).toEqual({ url: { key: 'url' } });
  });

  it('check that the two passwords match and are long enough', () => {
    const r = acceptInviteSchema.safeParse({ token: 'abcdefghijkl', password: 'short', confirm: 'other' });
    expect(r.success ? {} : toFieldErrors(r.error)).toEqual({ password: { key: 'passwordLength' }, confirm: { key: 'passwordMismatch' } });
  });
});
