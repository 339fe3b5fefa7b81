import { describe, expect, it } from 'vitest';
import { joinDateParts, mergeDateParts, mergeDatePartsInQuery, splitIsoDate } from '@/lib/validation/date-parts';
import { typedDateSchema } from '@/lib/validation/common';

describe('dates typed as day, month and year', () => {
  it('joins the parts into YYYY-MM-DD, with the year in either digit set', () => {
    expect(joinDateParts({ day: '5', month: '3', year: '2024' })).toBe('2024-03-05');
    expect(joinDateParts({ day: '31', month: '12', year: '٢٠٢٤' })).toBe('2024-12-31');
    expect(joinDateParts({ day: '', month: '', year: ' ' })).toBe('');
  });

  it('leaves an incomplete or impossible date for the schema to refuse, as before', () => {
    expect(typedDateSchema.safeParse(joinDateParts({ day: '31', month: '2', year: '2024' })).success).toBe(false);
    expect(typedDateSchema.safeParse(joinDateParts({ day: '1', month: '', year: '2024' })).success).toBe(false);
    expect(typedDateSchema.safeParse(joinDateParts({ day: '1', month: '2', year: '24' })).success).toBe(false);
    expect(typedDateSchema.safeParse(joinDateParts({ day: '29', month: '2', year: '2024' })).success).toBe(true);
  });

  it('shows a stored date back in its parts', () => {
    expect(splitIsoDate('2024-03-05')).toEqual({ year: '2024', month: '3', day: '5' });
    expect(splitIsoDate('not a date')).toEqual({ year: '', month: '', day: '' });
    expect(splitIsoDate(null)).toEqual({ year: '', month: '', day: '' });
  });

  it('joins the parts a form sends into the field the schema reads, and keeps every other field and file', () => {
    const form = new FormData();
    form.set('asOf.day', '30');
    form.set('asOf.month', '6');
    form.set('asOf.year', '٢٠٢٣');
    form.set('periodStart.day', '');
    form.set('periodStart.month', '');
    form.set('periodStart.year', '');
    form.set('asOf', '1999-01-01');
    form.set('reason', 'x');
    form.set('file', new File(['a'], 'a.csv'));
    const merged = mergeDateParts(form);
    expect(merged.get('asOf')).toBe('2023-06-30');
    expect(merged.get('periodStart')).toBe('');
    expect(merged.get('reason')).toBe('x');
    expect(merged.get('file')).toBeInstanceOf(File);
    expect([...merged.keys()].filter((k) => k.includes('.'))).toEqual([]);
    const plain = new FormData();
    plain.set('asOf', '2024-12-31');
    expect(mergeDateParts(plain).get('asOf')).toBe('2024-12-31');
  });

  it('reads date filters from a query as parts or as a link’s YYYY-MM-DD', () => {
    expect(mergeDatePartsInQuery({ 'from.day': '1', 'from.month': '11', 'from.year': '2026', action: 'x' })).toEqual({ from: '2026-11-01', action: 'x' });
    expect(mergeDatePartsInQuery({ from: '2026-11-01' })).toEqual({ from: '2026-11-01' });
    expect(mergeDatePartsInQuery({ 'to.day': '', 'to.month': '', 'to.year': '' })).toEqual({ to: undefined });
  });
});
