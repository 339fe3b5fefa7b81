import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatMoney, formatNumber, formatPercent, formatValue, intlLocale } from '@/lib/format';

describe('number words for Egyptian readers', () => {
  it('writes millions with one decimal, in both digit forms', () => {
    expect(formatCompact('37400000', 'ar', 'latn')).toBe('37.4 مليون');
    expect(formatCompact('37400000', 'ar', 'arab')).toBe('٣٧٫٤ مليون');
    expect(formatCompact('37400000', 'en')).toBe('37.4 million');
  });

  it('does not round 37.4 million down to 37 million', () => {
    expect(formatCompact(37_400_000, 'ar', 'latn')).not.toBe('37 مليون');
  });

  it('uses thousand and billion words', () => {
    expect(formatCompact('250000', 'ar', 'latn')).toBe('250 ألف');
    expect(formatCompact('2000000000', 'ar', 'arab')).toBe('٢ مليار');
    expect(formatCompact('250000', 'en')).toBe('250 thousand');
  });

  it('keeps small numbers whole', () => {
    expect(formatCompact('8000', 'ar', 'latn')).toBe('8,000');
  });

  it('formats exact values from decimal strings without float error', () => {
    expect(formatNumber('37400000', 'ar', 'arab')).toBe('٣٧٬٤٠٠٬٠٠٠');
    expect(formatNumber('9007199254740993', 'en')).toBe('9,007,199,254,740,993');
  });
});

describe('money, percentages and dates', () => {
  it('writes Egyptian pounds in words', () => {
    expect(formatMoney('2000000000', 'ar', 'latn')).toBe('2 مليار جنيه');
    expect(formatMoney('2000000000', 'en')).toBe('EGP 2 billion');
    expect(formatValue('8000', 'EGP', 'ar', 'arab')).toBe('٨٬٠٠٠ جنيه');
  });

  it('gives percentages one decimal', () => {
    expect(formatPercent(30 / 37.4, 'en')).toBe('80.2%');
    expect(formatPercent(30 / 37.4, 'ar', 'arab')).toContain('٨٠٫٢');
  });

  it('spells the month so day and month cannot be swapped', () => {
    const d = new Date('2022-03-13T00:00:00Z');
    expect(formatDate(d, 'en')).toBe('13 March 2022');
    expect(formatDate(d, 'ar', 'day', 'latn')).toBe('13 مارس 2022');
    expect(formatDate(d, 'ar', 'month', 'arab')).toBe('مارس ٢٠٢٢');
    expect(formatDate(new Date('2023-01-01T00:00:00Z'), 'ar', 'approximate', 'latn')).toBe('نحو يناير 2023');
  });

  it('pins the numbering system instead of trusting the ICU default', () => {
    expect(intlLocale('ar', 'arab')).toBe('ar-EG-u-nu-arab');
    expect(intlLocale('ar', 'latn')).toBe('ar-EG-u-nu-latn');
  });
});
