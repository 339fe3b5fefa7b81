import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ChangeWords } from '@/lib/changelog-text';
import { listGovernorateRecords, listSourceRecords } from '@/lib/data/dataset';
import type { Locale } from '@/lib/i18n/locales';

/** The words describeChanges needs, in one locale: field names, codes, source titles, governorate names. */
export async function changeWords(locale: Locale): Promise<ChangeWords> {
  const [t, m, u, p, sources, governorates] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'FigurePage' }),
    listSourceRecords(),
    listGovernorateRecords(),
  ]);
  const sourceTitles = new Map(sources.map((s) => [s.slug, s.title[locale]]));
  const govNames = new Map(governorates.map((g) => [g.code, g.name[locale]]));
  const has = <T,>(fn: (k: string) => T, k: string, known: readonly string[]) => (known.includes(k) ? fn(k) : k);
  return {
    field: (f) => has((k) => t(`fields.${k}` as 'fields.value'), f, Object.keys(fieldKeys)),
    measure: (k) => has((x) => m(x as 'reached'), k, ['registered', 'reached', 'targeted', 'allocated', 'spent', 'served']),
    unit: (k) => has((x) => u(x as 'citizens'), k, ['citizens', 'beneficiaries', 'people', 'families', 'EGP']),
    precision: (k) => has((x) => p(`precision.${x}` as 'precision.day'), k, ['day', 'month', 'approximate']),
    scope: (k) => (k === 'national' ? p('national') : k),
    source: (slug) => sourceTitles.get(slug) ?? slug,
    governorate: (code) => govNames.get(code) ?? code,
  };
}

const fieldKeys = {
  value: 1, asOf: 1, asOfPrecision: 1, unit: 1, measure: 1, scope: 1, governorate: 1, source: 1,
  labelAr: 1, labelEn: 1, definitionAr: 1, definitionEn: 1, quote: 1, quoteTranslation: 1,
};
