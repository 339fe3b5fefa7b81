/**
 * The small-count rule, stated once: a count of people below SMALL_COUNT_THRESHOLD is never published
 * exactly, in any page, download or API response; it reads "fewer than 10" / "أقل من 10". Amounts of
 * money are not counts of people and are shown as they are. lib/data applies the rule before any value
 * leaves the server, so views, downloads and the API only ever receive the disclosed form.
 */
import { formatNumber, formatValue, type Digits } from './format';
import type { Locale } from './i18n/locales';
import type { Unit } from './vocabulary';

export const SMALL_COUNT_THRESHOLD = 10;

/** Units that count people (or households of people). */
export const peopleUnits: readonly Unit[] = ['citizens', 'beneficiaries', 'people', 'families'];

export function isPeopleCount(unit: Unit): boolean {
  return peopleUnits.includes(unit);
}

/** A value as it may be published: exact, or only known to be below the threshold. */
export type Disclosed = { kind: 'exact'; value: string } | { kind: 'fewer-than'; threshold: number };

export function disclose(value: string, unit: Unit): Disclosed {
  if (isPeopleCount(unit) && Number(value) < SMALL_COUNT_THRESHOLD) return { kind: 'fewer-than', threshold: SMALL_COUNT_THRESHOLD };
  return { kind: 'exact', value };
}

const fewerThan: Record<Locale, string> = { ar: 'أقل من', en: 'fewer than' };

/** "أقل من 10" / "fewer than 10", or the value in number words ("1.2 مليون"). */
export function formatDisclosed(d: Disclosed, unit: Unit, locale: Locale, digits?: Digits): string {
  if (d.kind === 'fewer-than') return `${fewerThan[locale]} ${formatNumber(d.threshold, locale, digits)}`;
  return formatValue(d.value, unit, locale, digits);
}

/** The full value with grouping ("1,234"), or the "fewer than" wording. */
export function formatDisclosedExact(d: Disclosed, locale: Locale, digits?: Digits): string {
  if (d.kind === 'fewer-than') return `${fewerThan[locale]} ${formatNumber(d.threshold, locale, digits)}`;
  return formatNumber(d.value, locale, digits);
}

/** The number to plot or rank by; null for a suppressed count, which is never drawn. */
export function disclosedNumber(d: Disclosed): number | null {
  return d.kind === 'exact' ? Number(d.value) : null;
}
