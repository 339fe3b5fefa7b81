import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listDerivedFigures, listFigures } from '../data/figures';
import type { Digits } from '../format';
import type { Locale } from '../i18n/locales';
import { checkClaim } from './check';
import type { ClaimData } from './targets';
import type { CheckResult } from './types';
import type { CheckWords, Tr } from './words';

/** The published figures and calculated figures in the reader's language: what a claim is checked against. */
export async function loadClaimData(locale: Locale): Promise<ClaimData> {
  const [figures, derived, t] = await Promise.all([listFigures(locale), listDerivedFigures(locale), getTranslations({ locale, namespace: 'Derived' })]);
  return { figures, derived, derivedLabels: Object.fromEntries(derived.map((d) => [d.slug, t(`${d.slug}.label`)])) };
}

export interface CheckVocabulary {
  words: (digits: Digits) => CheckWords;
  /** A figure unit's word: "مستفيد", "beneficiaries". */
  unitWord: (unit: string) => string;
}

export async function checkVocabulary(locale: Locale): Promise<CheckVocabulary> {
  const [t, measure, units] = await Promise.all([
    getTranslations({ locale, namespace: 'Check' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
  ]);
  // The message keys are built from closed vocabularies (verdicts, kinds, units), checked by the locale test.
  const loose = (f: unknown) => f as Tr;
  return {
    words: (digits) => ({ t: loose(t), measure: loose(measure), locale, digits }),
    unitWord: (unit) => (units.has(unit as 'citizens') ? loose(units)(unit) : unit),
  };
}

/** Checks a claim against what is published now. */
export async function runCheck(claim: string, locale: Locale): Promise<{ result: CheckResult; vocabulary: CheckVocabulary }> {
  const [data, vocabulary] = await Promise.all([loadClaimData(locale), checkVocabulary(locale)]);
  return { result: checkClaim(claim, data), vocabulary };
}
