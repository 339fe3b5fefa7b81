import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ChangeWords, RecordNames, SubjectWords } from '@/lib/changelog-text';
import { getRecordNames } from '@/lib/data/changelog-names';
import { listGovernorates } from '@/lib/data/governorates';
import type { Locale } from '@/lib/i18n/locales';

export interface PublicChangeWords extends ChangeWords, SubjectWords {
  /** Every record's name in this language, for the entries' subjects and the sources their values cite. */
  names: RecordNames;
  added: string;
  removed: string;
  otherLanguage: (language: Locale) => string;
}

/** The words describeEntry and subjectOf need, in one locale: field names, codes, record names, governorate names. */
export async function changeWords(locale: Locale): Promise<PublicChangeWords> {
  const [t, m, u, p, ts, ti, ns, names, governorates] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'FigurePage' }),
    getTranslations({ locale, namespace: 'Source' }),
    getTranslations({ locale, namespace: 'Initiatives' }),
    getTranslations({ locale, namespace: 'NotStated' }),
    getRecordNames(locale),
    listGovernorates(locale),
  ]);
  const govNames = new Map(governorates.map((g) => [g.code, g.name]));
  // A key the messages do not know is shown as-is only for codes; field names fall back to a plain word.
  const word = (has: boolean, text: () => string, code: string) => (has ? text() : code);
  type K = Parameters<typeof t>[0];
  const unnamed = (type: string) => (t.has(`unnamed.${type}` as K) ? t(`unnamed.${type}` as K) : t('unnamed.record'));
  return {
    names,
    added: t('added'),
    removed: t('removed'),
    otherLanguage: (language) => t('otherLanguage', { language }),
    field: (f) => (t.has(`fields.${f}` as K) ? t(`fields.${f}` as K) : t('fields.other')),
    measure: (k) => word(m.has(k as 'reached'), () => m(k as 'reached'), k),
    unit: (k) => word(u.has(k as 'citizens'), () => u(k as 'citizens'), k),
    precision: (k) => word(p.has(`precision.${k}` as 'precision.day'), () => p(`precision.${k}` as 'precision.day'), k),
    scope: (k) => (k === 'national' ? p('national') : k === 'governorate' ? t('governorateScope') : k),
    source: (slug) => names.sources.get(slug) ?? unnamed('source'),
    governorate: (code) => govNames.get(code) ?? code,
    sourceKind: (k) => word(ts.has(`kinds.${k}` as 'kinds.study'), () => ts(`kinds.${k}` as 'kinds.study'), k),
    initiativeKind: (k) => word(ti.has(`kinds.${k}` as 'kinds.other'), () => ti(`kinds.${k}` as 'kinds.other'), k),
    initiativeStatus: (k) => word(ti.has(`statuses.${k}` as 'statuses.active'), () => ti(`statuses.${k}` as 'statuses.active'), k),
    language: (k) => word(ts.has(`languages.${k}` as 'languages.ar'), () => ts(`languages.${k}` as 'languages.ar'), k),
    notStatedKind: (k) => ns(`kinds.${k}`),
    record: (e) => (e.entityType === 'initiative' ? names.initiatives.get(e.entitySlug) : e.entityType === 'source' ? names.sources.get(e.entitySlug) : names.figures.get(e.entitySlug)) ?? unnamed(e.entityType),
    breakdownOf: (figure) => t('breakdownOf', { figure }),
    unnamed,
    sentences: {
      newObservation: (v) => t('sentences.newObservation', v),
      correction: ({ n }) => t('sentences.correction', { n }),
      newSource: (v) => t('sentences.newSource', v),
      newFigure: () => t('sentences.newFigure'),
      newInitiative: (v) => t('sentences.newInitiative', v),
      retired: (v) => t('sentences.retired', v),
    },
  };
}
