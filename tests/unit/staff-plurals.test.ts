import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

const translator = (locale: Locale, namespace: string) =>
  createTranslator({ locale, messages: allMessages[locale] as never, namespace: namespace as never }) as unknown as (key: string, values: Record<string, unknown>) => string;
/** A staff count as the pages pass it: the number chooses the form, `n` is the number in the reader's digits. */
const say = (locale: Locale, namespace: string, key: string, count: number, extra: Record<string, unknown> = {}) =>
  translator(locale, namespace)(key, { count, n: formatNumber(count, locale), ...extra });

describe('counts in the staff area read with the right plural form', () => {
  it('counts events in the audit log in each of the six Arabic forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => say('ar', 'Audit', 'total', n))).toEqual(['لا أحداث', 'حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث']);
    expect([0, 1, 1250].map((n) => say('en', 'Audit', 'total', n))).toEqual(['No events', 'One event', '1,250 events']);
  });

  it('counts problems and rows of an imported file, never «3 مشكلة» or «3 صف»', () => {
    expect(say('ar', 'Import', 'problemsTitle', 1)).toBe('في الملف مشكلة واحدة، ولم يُحفظ شيء');
    expect(say('ar', 'Import', 'problemsTitle', 3)).toBe('في الملف 3 مشكلات، ولم يُحفظ شيء');
    expect(say('ar', 'Import', 'validTitle', 2, { dimension: 'حسب المحافظة' })).toContain('الملف سليم: صفان، حسب المحافظة');
    expect(say('ar', 'Import', 'validTitle', 27, { dimension: 'حسب المحافظة' })).toContain('27 صفًا');
    expect(say('ar', 'Changes', 'breakdownSummary', 5, { dimension: 'حسب المحافظة' })).toBe('5 صفوف · حسب المحافظة');
    expect(translator('ar', 'Import')('problems.tooManyRows', { max: 5000, maxText: '5,000' })).toBe('في الملف أكثر من 5,000 صف.');
    expect(say('en', 'Import', 'problemsTitle', 1)).toBe('The file has one problem; nothing was saved');
  });

  it('writes the number in the digits it is given, so the reader’s choice holds', () => {
    expect(translator('ar', 'Changes')('count', { count: 13, n: formatNumber(13, 'ar', 'arab') })).toBe('١٣ تغييرًا');
    expect(translator('ar', 'ObservationList')('corrected', { count: 4, n: formatNumber(4, 'ar', 'arab') })).toBe('صُحّحت ٤ مرات');
    expect(translator('ar', 'ObservationList')('openAdding', { count: 2, n: '2' })).toBe('مسودتان مفتوحتان تضيفان قيمة جديدة');
    expect(translator('ar', 'AdminErrors')('rateLimited', { minutes: 3, n: '٣' })).toBe('محاولات خاطئة كثيرة. انتظر ٣ دقائق ثم حاول مرة أخرى.');
    expect(translator('ar', 'AdminErrors')('rateLimited', { minutes: 15, n: '15' })).toBe('محاولات خاطئة كثيرة. انتظر 15 دقيقة ثم حاول مرة أخرى.');
  });
});
