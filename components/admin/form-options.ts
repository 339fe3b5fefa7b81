import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listGovernorateOptions, listSourceOptions } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { datePrecisions, initiativeKinds, initiativeStatuses, measures, scopes, units } from '@/lib/vocabulary';
import type { FigureFormOptions } from './form/FigureForm';
import type { InitiativeFormOptions } from './form/InitiativeForm';
import type { SourceFormOptions } from './form/SourceForm';

/** The choices each staff form offers, translated on the server so the browser gets ready labels. */
export async function figureFormOptions(locale: Locale): Promise<FigureFormOptions> {
  const [u, m, md, o, governorates, sources] = await Promise.all([
    getTranslations('Units'), getTranslations('Measures'), getTranslations('MeasureDefinitions'), getTranslations('Options'),
    listGovernorateOptions(locale), listSourceOptions(locale),
  ]);
  return {
    units: units.map((v) => ({ value: v, label: v === 'EGP' ? u('EGP') : u(v) })),
    measures: measures.map((v) => ({ value: v, label: `${m(v)} — ${md(v)}` })),
    precisions: datePrecisions.map((v) => ({ value: v, label: o(`precision.${v}`) })),
    scopes: scopes.map((v) => ({ value: v, label: o(`scopes.${v}`) })),
    governorates,
    sources,
  };
}

export async function initiativeFormOptions(locale: Locale): Promise<InitiativeFormOptions> {
  const [t, o, sources] = await Promise.all([getTranslations('Initiatives'), getTranslations('Options'), listSourceOptions(locale)]);
  return {
    kinds: initiativeKinds.map((v) => ({ value: v, label: t(`kinds.${v}`) })),
    statuses: initiativeStatuses.map((v) => ({ value: v, label: t(`statuses.${v}`) })),
    precisions: datePrecisions.map((v) => ({ value: v, label: o(`precision.${v}`) })),
    sources,
  };
}

export async function sourceFormOptions(): Promise<SourceFormOptions> {
  const o = await getTranslations('Options');
  return {
    languages: (['ar', 'en'] as const).map((v) => ({ value: v, label: o(`languages.${v}`) })),
    precisions: datePrecisions.map((v) => ({ value: v, label: o(`precision.${v}`) })),
  };
}
