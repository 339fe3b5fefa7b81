/** Comparing a claim's number with the source's: exact decimals, the writer's rounding, and hedges. */
import type { Hedge } from './lexicon';

/** a − b for plain decimals, exactly. */
export function subtractDecimals(a: string, b: string): string {
  const places = Math.max(fractionLength(a), fractionLength(b));
  const scaled = (s: string) => {
    const [int, frac = ''] = s.replace('-', '').split('.');
    const v = BigInt(int + frac.padEnd(places, '0'));
    return s.startsWith('-') ? -v : v;
  };
  const diff = scaled(a) - scaled(b);
  const sign = diff < 0n ? '-' : '';
  const digits = (diff < 0n ? -diff : diff).toString().padStart(places + 1, '0');
  const int = places ? digits.slice(0, -places) : digits;
  const frac = places ? digits.slice(-places).replace(/0+$/, '') : '';
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

function fractionLength(s: string): number {
  return s.split('.')[1]?.length ?? 0;
}

/** How many significant digits the writer gave: "37400000" → 3, "30000000" → 1, "80.5" → 3. */
export function significantDigits(value: string): number {
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return value.includes('.') ? Math.max(1, digits.length) : Math.max(1, digits.replace(/0+$/, '').length);
}

function roundToSignificant(x: number, digits: number): number {
  if (x === 0) return 0;
  const scale = 10 ** (digits - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}

/**
 * How many digits the writer wrote before a scale word, trailing zeros included: "40 مليون" → 2 (to the million),
 * "٣٧٫٤ مليون" → 3, "2 مليار" → 1; null when the numeral has no scale word ("250,000") or no digits ("ربع مليون").
 */
export function writtenDigits(raw: string | undefined): number | null {
  if (!raw) return null;
  const ascii = raw.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const m = /([0-9][0-9,٬.٫]*)/.exec(ascii);
  if (!m || !/[A-Za-z\u0600-\u06FF]{2,}/.test(ascii.slice(m.index + m[0].length))) return null;
  const digits = m[0].replace(/[,٬]/g, '').replace(/[.٫]/, '').replace(/^0+/, '');
  return digits.length || null;
}

/**
 * Whether the claim's number says what the source's does: equal; or the source's value rounded as the writer rounded
 * (within 5 %). "نحو"/"حوالي"/"about" tolerates only rounding to the claim's own precision, as written: "about 37
 * million" is 37.4 million, "about 40 million" is not (nor "about 75 %" 80.2 %). "أكثر من"/"more than" needs the
 * source above it, "أقل من"/"less than" below.
 */
export function sameSize(claim: string, source: string, hedge: Hedge | null, percent = false, raw?: string): boolean {
  const c = Number(claim);
  const s = Number(source);
  if (hedge === 'more') return s > c;
  if (hedge === 'less') return s < c;
  if (c === s) return true;
  if (s === 0) return false;
  const relative = Math.abs(c - s) / Math.abs(s);
  const near = (digits: number) => Math.abs(roundToSignificant(s, digits) - c) <= Math.abs(c) * 1e-9;
  if (hedge === 'about') return near(writtenDigits(raw) ?? significantDigits(claim)) && relative <= 0.1;
  return near(significantDigits(claim)) && relative <= 0.05;
}

/** Distance in orders of magnitude: 0 for equal values, 1 for ten times. */
export function magnitudeDistance(a: number, b: number): number {
  if (a <= 0 || b <= 0) return Infinity;
  return Math.abs(Math.log10(a / b));
}
