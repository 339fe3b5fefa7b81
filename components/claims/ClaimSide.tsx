import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { intlLocale } from '@/lib/format';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import type { CheckVocabulary } from '@/lib/claims/load';
import type { ClaimNumber } from '@/lib/claims/types';
import { claimValueText } from '@/lib/claims/words';
import { Num } from '@/components/ui/Num';

/** What the claim says around one number: its words, as written, beside what each means. */
export async function ClaimSide({ id, n, locale, vocabulary }: { id: string; n: ClaimNumber; locale: Locale; vocabulary: CheckVocabulary }) {
  const [t, m] = await Promise.all([getTranslations('Check'), getTranslations('Measures')]);
  const said = (word: string, meaning?: string) => (
    <>
      «<bdi>{word}</bdi>»{meaning ? ` (${meaning})` : ''}
    </>
  );
  const counted = n.unit
    ? said(n.unit.word, t(`units.${n.unit.value}`))
    : n.currency
      ? said(n.currency.word, t(`units.${n.currency.value}`))
      : n.other
        ? said(n.other)
        : n.percent ? t('units.percent') : null;
  const sep = localeInfo(locale).comma;
  const scope = [n.programme?.word, n.alliance, n.governorate?.word, n.national].filter((s): s is string => !!s);
  const years = (d: 'latn' | 'arab') => n.years.map((y) => new Intl.NumberFormat(intlLocale(locale, d), { useGrouping: false }).format(y)).join(sep);
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value ?? <span className="text-muted">{t('notSaid')}</span>}</dd>
    </>
  );
  return (
    <section className="rounded-2xl border border-line bg-surface p-4" data-testid="claim-side">
      <h4 id={id} className="text-lg font-bold">{t('claimSays')}</h4>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {row(t('fields.number'), <Num locale={locale} format={(d) => claimValueText(n, vocabulary.words(d))} />)}
        {row(t('fields.measure'), n.measure ? said(n.measure.word, m(n.measure.value)) : null)}
        {row(t('fields.unit'), n.per ? <>{counted} {said(n.per.word)}</> : counted)}
        {row(t('fields.scope'), scope.length ? said(scope.join(sep)) : null)}
        {row(t('fields.date'), n.years.length ? <Num locale={locale} format={years} /> : null)}
      </dl>
    </section>
  );
}
