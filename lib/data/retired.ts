import { type Locale, localizedOrOther } from '../i18n/locales';

/**
 * Retired records (lib/data/changes/retire.ts) leave every list, headline section, search index, sitemap and list
 * endpoint: those read through `listed`. Reads of one record by its name do not, so its pages, versions, embeds and API
 * paths keep resolving and show `Retirement` as a notice.
 */
export const listed = { retiredAt: null };

/** When and why a record was retired, in the reader's language. */
export interface Retirement {
  at: Date;
  reason: string;
}

export interface RetiredColumns {
  retiredAt: Date | null;
  retiredReasonAr: string | null;
  retiredReasonEn: string | null;
}

export function retirementOf(r: RetiredColumns, locale: Locale): Retirement | null {
  if (!r.retiredAt) return null;
  const reason = localizedOrOther(r, 'retiredReason', locale) ?? '';
  return { at: r.retiredAt, reason };
}

/** The API's form: both languages, with the date as an ISO timestamp. */
export function retirementRecord(r: RetiredColumns): { retiredAt: string | null; retiredReason: { ar: string; en: string } | null } {
  if (!r.retiredAt) return { retiredAt: null, retiredReason: null };
  return { retiredAt: r.retiredAt.toISOString(), retiredReason: { ar: r.retiredReasonAr ?? '', en: r.retiredReasonEn ?? '' } };
}
