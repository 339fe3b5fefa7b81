import { describe, expect, it } from 'vitest';
import { decimalSchema, measureSchema, slugSchema } from '@/lib/vocabulary';

describe('input schemas', () => {
  it('accepts exact decimals and refuses floats in disguise', () => {
    for (const ok of ['37400000', '0', '8000.5', '-12']) expect(decimalSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['3.74e7', '37,400,000', '037', '1.', '', 'NaN']) expect(decimalSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps allocated and spent, targeted and reached apart', () => {
    expect(measureSchema.options).toEqual(expect.arrayContaining(['allocated', 'spent', 'targeted', 'reached']));
    expect(measureSchema.safeParse('served ').success).toBe(false);
  });

  it('allows only URL-safe slugs', () => {
    expect(slugSchema.safeParse('citizens-reached').success).toBe(true);
    expect(slugSchema.safeParse('Citizens Reached').success).toBe(false);
    expect(slugSchema.safeParse('../etc').success).toBe(false);
  });
});
