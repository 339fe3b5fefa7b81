import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ChangeEntry, ChangeWords } from '@/lib/changelog-text';
import { listGovernorates } from '@/lib/data/governorates';
import { listInitiatives } from '@/lib/data/initiatives';
import { listSources } from '@/lib/data/sources';
import type { Locale } from '@/lib/i18n/locales';
import type { FigureView } from '@/lib/data/types';

export interface PublicChangeWords extends ChangeWords {
  /** What an entry is about, in words: a figure's label, a source's title, an initiative's name. */
  subject: (entry: ChangeEntry, figure: FigureView | undefined) => string;
}

/** The words describeEntry needs, in one locale: field names, codes, source titles, governorate names. */
export async function changeWords(locale: Locale): Promise<PublicChangeWords> {
  const [t, m, u, p, ts, ti, ns, sources, governorates, initiatives] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'FigurePage' }),
    getTranslations({ locale, namespace: 'Source' }),
    getTranslations({ locale, namespace: 'Initiatives' }),
    getTranslations({ locale, namespace: 'NotStated' }),
    listSources(locale),
    listGovernorates(locale),
    listInitiatives(locale),
  ]);
  const sourceTitles = new Map(sources.map((s) => [s.slug, s.workTitle ?? s.title]));
  const govNames = new Map(governorates.map((g) => [g.code, g.name]));
  const initiativeNames = new Map(initiatives.map((i) => [i.slug, i.name]));
  // A key the messages do not know is shown as-is only for codes; field names fall back to a plain word.
  const word = (has: boolean, text: () => string, code: string) => (has ? text() : code);
  type K = Parameters<typeof t>[0];
  return {
    field: (f) => (t.has(`fields.${f}` as K) ? t(`fields.${f}` as K) : t('fields.other')),
    measure: (k) => word(m.has(k as 'reached'), () => m(k as 'reached'), k),
    unit: (k) => word(u.has(k as 'citizens'), () => u(k as 'citizens'), k),
    precision: (k) => word(p.has(`precision.${k}` as 'precision.day'), () => p(`precision.${k}` as 'precision.day'), k),
    scope: (k) => (k === 'national' ? p('national') : k === 'governorate' ? t('governorateScope') : k),
    source: (slug) => sourceTitles.get(slug) ?? slug,
    governorate: (code) => govNames.get(code) ?? code,
    sourceKind: (k) => word(ts.has(`kinds.${k}` as 'kinds.study'), () => ts(`kinds.${k}` as 'kinds.study'), k),
    initiativeKind: (k) => word(ti.has(`kinds.${k}` as 'kinds.other'), () => ti(`kinds.${k}` as 'kinds.other'), k),
    initiativeStatus: (k) => word(ti.has(`statuses.${k}` as 'statuses.active'), () => ti(`statuses.${k}` as 'statuses.active'), k),
    language: (k) => word(ts.has(`languages.${k}` as 'languages.ar'), () => ts(`languages.${k}` as 'languages.ar'), k),
    notStatedKind: (k) => ns(`kinds.${k}`),
    sentences: {
      newObservation: (v) => t('sentences.newObservation', v),
      correction: ({ n }) => t('sentences.correction', { n }),
      newSource: (v) => t('sentences.newSource', v),
      newFigure: () => t('sentences.newFigure'),
    },
    subject: (e, figure) => {
      if (e.entityType === 'source') return sourceTitles.get(e.entitySlug) ?? e.entitySlug;
      if (e.entityType === 'initiative') return initiativeNames.get(e.entitySlug) ?? e.entitySlug;
      if (e.entityType === 'breakdown') return t('breakdownOf', { figure: figure?.label ?? e.entitySlug });
      return figure?.label ?? e.entitySlug;
    },
  };
}
