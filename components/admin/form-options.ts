import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listGovernorateOptions, listSourceOptions, listPendingSourceOptions } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { datePrecisions, initiativeKinds, initiativeStatuses, measures, scopes, sourceKinds, units } from '@/lib/vocabulary';
import type { FigureFormOptions } from './form/FigureForm';
import type { InitiativeFormOptions } from './form/InitiativeForm';
import type { ObservationFormOptions } from './form/ObservationForm';
import type { SourceFormOptions } from './form/SourceForm';

async function precisionOptions() {
  const o = await getTranslations('Options');
  return datePrecisions.map((v) => ({ value: v, label: o(`precision.${v}`) }));
}

/** The choices each staff form offers, translated on the server so the browser gets ready labels. */
export async function figureFormOptions(locale: Locale): Promise<FigureFormOptions> {
  const [u, m, md, o, governorates] = await Promise.all([
    getTranslations('Units'), getTranslations('Measures'), getTranslations('MeasureDefinitions'), getTranslations('Options'), listGovernorateOptions(locale),
  ]);
  return {
    units: units.map((v) => ({ value: v, label: v === 'EGP' ? u('EGP') : u(v) })),
    measures: measures.map((v) => ({ value: v, label: `${m(v)} — ${md(v)}` })),
    scopes: scopes.map((v) => ({ value: v, label: o(`scopes.${v}`) })),
    governorates,
  };
}

/** Every source is offered: new data usually comes from a report other than the one the figure started from. */
export async function observationFormOptions(locale: Locale): Promise<ObservationFormOptions> {
  const t = await getTranslations('ObservationForm');
  const [precisions, sources, pending] = await Promise.all([precisionOptions(), listSourceOptions(locale), listPendingSourceOptions(locale, t('awaitingReview'))]);
  return { precisions, sources: [...sources, ...pending] };
}

export async function initiativeFormOptions(locale: Locale): Promise<InitiativeFormOptions> {
  const [t, precisions, sources] = await Promise.all([getTranslations('Initiatives'), precisionOptions(), listSourceOptions(locale)]);
  return {
    kinds: initiativeKinds.map((v) => ({ value: v, label: t(`kinds.${v}`) })),
    statuses: initiativeStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) })),
    precisions,
    sources,
  };
}

export async function sourceFormOptions(): Promise<SourceFormOptions> {
  const [o, precisions] = await Promise.all([getTranslations('Options'), precisionOptions()]);
  return {
    kinds: sourceKinds.map((v) => ({ value: v, label: o(`sourceKinds.${v}`) })),
    languages: (['ar', 'en'] as const).map((v) => ({ value: v, label: o(`languages.${v}`) })),
    precisions,
  };
}
