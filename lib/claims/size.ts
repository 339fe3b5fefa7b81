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

/** After "نحو"/"حوالي"/"about", a percentage may be the source's rounded to the nearest 5 points: 80.2 % is "about 80 %". */
const ABOUT_POINTS = 2.5;

/**
 * Whether the claim's number says what the source's does: equal; or the source's value rounded as the writer rounded
 * (within 5 %, 10 % after "نحو"/"about"; for a percentage, within 2.5 points after "about", since 10 % of a share is
 * too loose: "about 75 %" is not 80.2 %); "أكثر من"/"more than" needs the source above it, "أقل من"/"less than" below.
 */
export function sameSize(claim: string, source: string, hedge: Hedge | null, percent = false): boolean {
  const c = Number(claim);
  const s = Number(source);
  if (hedge === 'more') return s > c;
  if (hedge === 'less') return s < c;
  if (c === s) return true;
  if (s === 0) return false;
  const relative = Math.abs(c - s) / Math.abs(s);
  const rounded = Math.abs(roundToSignificant(s, significantDigits(claim)) - c) <= Math.abs(c) * 1e-9;
  if (hedge === 'about' && percent && Math.abs(c - s) <= ABOUT_POINTS) return true;
  return relative <= (hedge === 'about' && !percent ? 0.1 : rounded ? 0.05 : 0);
}

/** Distance in orders of magnitude: 0 for equal values, 1 for ten times. */
export function magnitudeDistance(a: number, b: number): number {
  if (a <= 0 || b <= 0) return Infinity;
  return Math.abs(Math.log10(a / b));
}
