import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '@/lib/validation/errors';
import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/records/figure';
import { archiveUploadProblem, formValues, sniffArchiveType } from '@/lib/validation/form-data';
import { initiativeDraftSchema, newInitiativeDraftSchema } from '@/lib/records/initiative';
import { observationDraftSchema, observationFormatKeys, observationNullable } from '@/lib/records/observation';
import { ARCHIVE_MAX_BYTES, sourceDraftSchema, sourceFormatKeys } from '@/lib/records/source';
import { acceptInviteSchema } from '@/lib/validation/staff';
import { normalizeDecimalInput } from '@/lib/validation/number';
import { suggestSlug } from '@/components/admin/form/SlugField';

const figure = {
  labelAr: 'مواطنون', labelEn: 'Citizens', definitionAr: 'تعريف', definitionEn: 'Definition', unit: 'citizens', measure: 'reached',
  scope: 'national', governorateCode: null, reason: 'سبب',
};
const observation = {
  value: '30000000', asOf: '2023-01-01', asOfPrecision: 'approximate', periodStart: null, sourceSlug: 'a-source',
  quote: 'استطاع التحالف الوصول إلى 30 مليون مواطن', quoteTranslation: null, locator: null, valueNote: null, reason: 'سبب',
};

function errorsOf(schema: typeof figureDraftSchema | typeof observationDraftSchema, data: Record<string, unknown>, formatKeys: Record<string, string>) {
  const r = schema.safeParse(data);
  return r.success ? {} : Object.fromEntries(Object.entries(toFieldErrors(r.error, formatKeys as never)).map(([k, v]) => [k, v.key]));
}
const figureErrors = (data: Record<string, unknown>) => errorsOf(figureDraftSchema, data, figureFormatKeys);
const observationErrors = (data: Record<string, unknown>) => errorsOf(observationDraftSchema, data, observationFormatKeys);

describe('staff form schemas', () => {
  it('accept numbers and dates as staff type them and keep them exact', () => {
    expect(normalizeDecimalInput('٣٧٬٤٠٠٬٠٠٠')).toBe('37400000');
    expect(normalizeDecimalInput(' 8 000٫5 ')).toBe('8000.5');
    const parsed = observationDraftSchema.parse({ ...observation, value: '۳۰,۰۰۰,۰۰۰', asOf: '٢٠٢٣-٠١-٠١' });
    expect(parsed).toMatchObject({ value: '30000000', asOf: '2023-01-01' });
  });

  it('say which field of a figure is wrong, with a message key both languages have', () => {
    expect(figureErrors({ ...figure, labelEn: '', reason: '  ' })).toEqual({ labelEn: 'required', reason: 'required' });
    expect(figureErrors({ ...figure, unit: 'dollars' })).toEqual({ unit: 'choose' });
    expect(figureErrors({ ...figure, scope: 'governorate' })).toEqual({ governorateCode: 'governorateRequired' });
    expect(figureErrors({ ...figure, labelAr: 'x'.repeat(201) })).toEqual({ labelAr: 'tooLong' });
    expect(toFieldErrors(figureDraftSchema.safeParse({ ...figure, labelAr: 'x'.repeat(201) }).error!).labelAr.values).toEqual({ max: 200 });
  });

  it('refuse a value its quote does not state, next to the value, unless a public note explains it', () => {
    expect(observationErrors({ ...observation, value: '', reason: '' })).toEqual({ value: 'required', reason: 'required' });
    expect(observationErrors({ ...observation, value: '3.74e7', asOf: '2023-02-30', asOfPrecision: 'week' })).toEqual({ value: 'decimal', asOf: 'date', asOfPrecision: 'choose' });
    expect(observationErrors({ ...observation, value: '31000000' })).toEqual({ value: 'valueNotInQuote' });
    expect(observationErrors({ ...observation, value: '31000000', valueNote: 'من جدول في الصفحة 12' })).toEqual({});
    expect(observationErrors({ ...observation, periodStart: '2023-06-01' })).toEqual({ periodStart: 'periodOrder' });
  });

  it('treat empty optional fields as none', () => {
    const data = new FormData();
    data.set('governorateCode', '');
    data.set('$ACTION_ID_x', '');
    data.set('archive', new File(['x'], 'x.pdf'));
    expect(formValues(data, figureNullable)).toEqual({ governorateCode: null });
    const o = new FormData();
    o.set('quoteTranslation', '  ');
    o.set('locator', 'صفحة 12');
    expect(formValues(o, observationNullable)).toEqual({ quoteTranslation: null, locator: 'صفحة 12', periodStart: null, valueNote: null });
  });

  it('store a text area\'s line breaks as one line break, whatever the browser sent, and an empty slug as missing', () => {
    const sent = { nameAr: 'أ', nameEn: 'A', summaryAr: 'س', summaryEn: 'S', bodyAr: 'سطر\r\n\r\nسطر', bodyEn: 'line\r\nline', kind: 'other', status: 'active',
      startDate: null, startPrecision: null, officialUrl: null, sourceSlug: 'ecss-study-article-2023', quote: 'ق', quoteTranslation: 'q\rq', reason: 'r' };
    const parsed = initiativeDraftSchema.parse(sent);
    expect([parsed.bodyAr, parsed.bodyEn, parsed.quoteTranslation]).toEqual(['سطر\n\nسطر', 'line\nline', 'q\nq']);
    const empty = newInitiativeDraftSchema.safeParse({ ...sent, slug: '' });
    expect(toFieldErrors(empty.error!).slug).toEqual({ key: 'required' });
  });

  it('require a reason and a date precision for initiatives, and a real link and a known kind for sources', () => {
    const r = initiativeDraftSchema.safeParse({ nameAr: 'a', nameEn: 'a', summaryAr: 'a', summaryEn: 'a', bodyAr: 'a', bodyEn: 'a', kind: 'relief', status: 'active', startDate: '2022-03-01', startPrecision: null, sourceSlug: 's', quote: 'q', quoteTranslation: null, reason: '' });
    expect(r.success ? [] : Object.keys(toFieldErrors(r.error)).sort()).toEqual(['reason', 'startPrecision']);
    const source = {
      kind: 'study', publisherAr: 'a', publisherEn: 'a', titleAr: 'a', titleEn: 'a', workTitleAr: null, workTitleEn: null, authorAr: null, authorEn: null,
      originAr: null, originEn: null, language: 'ar', publishedOn: null, publishedPrecision: 'year', url: 'javascript:alert(1)', quote: 'q', quoteTranslation: null,
      accessedOn: null, archiveSha256: null, reason: 'r',
    };
    const s = sourceDraftSchema.safeParse(source);
    expect(s.success ? {} : toFieldErrors(s.error, sourceFormatKeys)).toEqual({ url: { key: 'url' } });
    const k = sourceDraftSchema.safeParse({ ...source, url: null, kind: 'blog', archiveSha256: 'not-a-digest' });
    expect(k.success ? {} : toFieldErrors(k.error, sourceFormatKeys)).toEqual({ kind: { key: 'choose' }, archiveSha256: { key: 'invalid' } });
  });

  it('check that the two passwords match and are long enough', () => {
    const r = acceptInviteSchema.safeParse({ token: 'abcdefghijkl', password: 'short', confirm: 'other' });
    expect(r.success ? {} : toFieldErrors(r.error)).toEqual({ password: { key: 'passwordLength' }, confirm: { key: 'passwordMismatch' } });
  });
});

describe('archived copies', () => {
  const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

  it('know a file by its first bytes, whatever its name says', () => {
    expect(sniffArchiveType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffArchiveType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffArchiveType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffArchiveType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffArchiveType(bytes('\uFEFF\n  <!DOCTYPE html><html lang="ar">'))).toBe('text/html');
    expect(sniffArchiveType(bytes('<html>'))).toBe('text/html');
    expect(sniffArchiveType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
    expect(sniffArchiveType(bytes('MZ\x90\x00'))).toBeNull();
    expect(sniffArchiveType(bytes('<script>alert(1)</script>'))).toBeNull();
    expect(sniffArchiveType(bytes(''))).toBeNull();
  });

  it('accept a file only when its declared type and its bytes agree, and it is not too large', () => {
    expect(archiveUploadProblem('application/pdf', bytes('%PDF-1.4'))).toBeNull();
    expect(archiveUploadProblem('text/html; charset=utf-8', bytes('<!doctype html>'))).toBeNull();
    expect(archiveUploadProblem('application/pdf', bytes([0xff, 0xd8, 0xff]))).toBe('archiveType');
    expect(archiveUploadProblem('image/jpeg', bytes('%PDF-1.4'))).toBe('archiveType');
    expect(archiveUploadProblem('application/zip', bytes('PK\x03\x04'))).toBe('archiveType');
    expect(archiveUploadProblem('', bytes('%PDF-1.4'))).toBe('archiveType');
    expect(archiveUploadProblem('application/pdf', new Uint8Array(ARCHIVE_MAX_BYTES + 1))).toBe('archiveTooLarge');
  });

  it('suggest a new record’s slug from its English name, or the Arabic one transliterated', () => {
    expect(suggestSlug('The Alliance’s Annual Report 2024 (Arabic edition)')).toBe('the-alliance-s-annual-report-2024-arabic-edition');
    expect(suggestSlug('  Étude: Café & Co.  ')).toBe('etude-cafe-co');
    // A record named only in Arabic still gets a readable Latin address.
    expect(suggestSlug('قوافل ستر وعافية')).toBe('qwafl-str-weafyt');
    expect(suggestSlug('مبادرة الأدوات المدرسية ٢٠٢٤')).toMatch(/^mbadrt-[a-z-]+-2024$/);
    expect(suggestSlug('word '.repeat(30)).length).toBeLessThanOrEqual(80);
  });
});

describe('input hygiene', () => {
  it('refuses hidden direction overrides and control characters in any text field, saying why', () => {
    expect(figureErrors({ ...figure, labelEn: 'Citizens \u202Ereached' })).toEqual({ labelEn: 'unsafeCharacters' });
    expect(figureErrors({ ...figure, reason: 'a reason\u0007' })).toEqual({ reason: 'unsafeCharacters' });
    expect(observationErrors({ ...observation, locator: 'p. 12\u2066' })).toEqual({ locator: 'unsafeCharacters' });
    // Line breaks and tabs in longer text are ordinary.
    expect(figureErrors({ ...figure, definitionAr: 'سطر أول\nسطر ثانٍ\tمع مسافة' })).toEqual({});
  });

  it('refuses a malformed number instead of reinterpreting it, and values out of range', () => {
    expect(normalizeDecimalInput('1,2,3')).toBe('1,2,3');
    expect(observationErrors({ ...observation, value: '1,2,3' })).toEqual({ value: 'decimal' });
    expect(observationErrors({ ...observation, value: '-5', quote: 'القيمة -5' })).toEqual({ value: 'valueRange' });
    expect(observationErrors({ ...observation, value: '1'.repeat(400), valueNote: 'من جدول' })).toEqual({ value: 'valueRange' });
    expect(observationErrors({ ...observation, value: '12.345', valueNote: 'من جدول' })).toEqual({ value: 'valueRange' });
    expect(observationErrors({ ...observation, value: '30,000,000' })).toEqual({});
  });
});
