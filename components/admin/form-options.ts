import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listGovernorateOptions, listInitiativeOptions, listSourceOptions, listPendingSourceOptions } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { columnsOf, vocabularyMessages } from '@/lib/records/field';
import { recordFields, type RecordKind } from '@/lib/records/kinds';
import { vocabularies } from '@/lib/records/schema';
import type { Choice } from './form/Fields';

/**
 * The choices of a kind's choice and reference fields, translated on the server so the browser gets ready labels.
 * Every published source is offered; an observation may also cite one still awaiting review.
 */
export async function recordChoices(kind: RecordKind, locale: Locale): Promise<Record<string, Choice[]>> {
  const t = await getTranslations();
  const md = await getTranslations('MeasureDefinitions');
  const out: Record<string, Choice[]> = {};
  for (const c of columnsOf(recordFields[kind])) {
    const { spec } = c;
    if (spec.type === 'choice' && spec.vocabulary) {
      const words = vocabularyMessages[spec.vocabulary];
      out[c.name] = vocabularies[spec.vocabulary].map((v) => {
        const label = t(`${words}.${v}` as never);
        return { value: v, label: spec.vocabulary === 'measure' ? `${label} — ${md(v as never)}` : label };
      });
    } else if (spec.type === 'reference' && spec.to === 'governorate') {
      out[c.name] = await listGovernorateOptions(locale);
    } else if (spec.type === 'reference' && spec.to === 'source') {
      const pending = kind === 'observation' ? await listPendingSourceOptions(locale, t('ObservationForm.awaitingReview')) : [];
      out[c.name] = [...(await listSourceOptions(locale)), ...pending];
    }
  }
  return out;
}

/** A new figure's choices: its own fields, its first observation's, and the initiative it belongs to. */
export async function newFigureChoices(locale: Locale): Promise<Record<string, Choice[]>> {
  const [figure, observation, initiatives] = await Promise.all([recordChoices('figure', locale), recordChoices('observation', locale), listInitiativeOptions(locale)]);
  return { ...figure, ...observation, initiativeSlug: initiatives };
}
