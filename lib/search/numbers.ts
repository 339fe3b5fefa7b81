/**
 * Numbers as search terms: "30 مليون", "٣٠ مليون", "30 million", "30,000,000" and "30000000" all
 * become the one term "30000000", so a reader finds a figure however its value is written.
 * Works on folded text (digits already 0-9, Arabic separators already "." and ",").
 */

/** A plain decimal: "30000000", "37.4". Grouping commas are dropped; a lone comma is a decimal comma. */
export function canonicalNumber(folded: string): string | null {
  let s = folded;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return tidy(s);
}

function tidy(s: string): string {
  let [int, frac = ''] = s.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** Multiplies a plain decimal by 10^exp in decimal arithmetic (37.4 × 10^6 is exactly 37400000). */
export function shiftDecimal(value: string, exp: number): string {
  const [int, frac = ''] = value.split('.');
  const digits = int + frac.padEnd(exp, '0');
  const point = int.length + exp;
  return tidy(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

// Folded scale words (ألف → الف, آلاف → الاف); English plurals too.
const SCALES: Record<string, number> = {
  الف: 3, الاف: 3, thousand: 3, thousands: 3,
  مليون: 6, ملايين: 6, million: 6, millions: 6,
  مليار: 9, مليارات: 9, billion: 9, billions: 9,
};

// Dual forms name a number on their own: "ملياري جنيه" is two billion pounds.
const DUALS: Record<string, number> = {
  الفان: 3, الفين: 3, الفي: 3,
  مليونان: 6, مليونين: 6, مليوني: 6,
  ملياران: 9, مليارين: 9, ملياري: 9,
};

/** The power of ten a scale word stands for, or null. */
export function scaleOf(folded: string): number | null {
  return SCALES[folded] ?? null;
}

/** The value a dual scale word stands for ("ملياري" → "2000000000"), or null. */
export function dualValue(folded: string): string | null {
  const exp = DUALS[folded];
  return exp === undefined ? null : shiftDecimal('2', exp);
}
