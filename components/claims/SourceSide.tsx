import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import type { CheckVocabulary } from '@/lib/claims/load';
import type { ScopeSide, Target } from '@/lib/claims/types';
import { scopeText, targetValueText } from '@/lib/claims/words';
import { Num } from '@/components/ui/Num';
import { Quote } from '@/components/ui/Quote';
import { Badge } from '@/components/ui/Badge';
import { SourceLine } from '@/components/figures/SourceLine';
import { tap } from '@/components/ui/tap';

/** What the source says where the number most likely comes from: the figure, its value and meaning, and the exact quote. */
export async function SourceSide({ id, target, locale, vocabulary }: { id: string; target: Target; locale: Locale; vocabulary: CheckVocabulary }) {
  const [t, m] = await Promise.all([getTranslations('Check'), getTranslations('Measures')]);
  const w = vocabulary.words('latn');
  const programme: ScopeSide = target.programme ? { kind: 'programme', programme: target.programme, name: target.initiative?.name ?? null } : { kind: 'alliance' };
  const place: ScopeSide = target.governorate ? { kind: 'governorate', code: target.governorate.code, name: target.governorate.name } : { kind: 'national' };
  // A calculated figure's two inputs often share one passage: quote it once.
  const quotes = target.observations.filter((o, i, all) => all.findIndex((x) => x.quote === o.quote) === i);
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <section className="rounded-2xl border border-line bg-surface p-4" data-testid="source-side" data-figure={target.slug}>
      <h4 id={id} className="text-lg font-bold">{t('sourceSays')}</h4>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {row(
          t('fields.figure'),
          target.kind === 'derived' ? (
            <>
              <Badge tone="calc">{target.label}</Badge> <span className="text-sm">{t('calculated')}</span>
            </>
          ) : (
            <Link href={`/figures/${target.slug}`} className={`${tap} text-brand underline`}>{target.label}</Link>
          ),
        )}
        {row(t('fields.value'), <Num locale={locale} format={(d) => targetValueText(target, vocabulary.words(d), vocabulary.unitWord)} />)}
        {row(t('fields.measure'), m(target.measure))}
        {row(t('fields.scope'), [scopeText(programme, w), scopeText(place, w)].join(localeInfo(locale).comma))}
        {row(t('fields.date'), <Num locale={locale} format={(d) => formatDate(target.asOf, locale, target.asOfPrecision, d)} />)}
      </dl>
      <div className="mt-4 space-y-3" data-testid="source-quote">
        <p className="font-semibold">{t('fields.quote')}</p>
        {quotes.map((o) => (
          <div key={`${o.figure}-${o.number}`} className="space-y-2">
            <Quote text={o.quote} translation={o.quoteTranslation} language={o.source.language} locale={locale} />
            <SourceLine source={o.source} locale={locale} />
          </div>
        ))}
        <ul className="text-sm">
          {target.observations.map((o) => (
            <li key={`${o.figure}-${o.number}`}>
              <span className="font-semibold">{t('fields.permalink')}:</span>{' '}
              <Link href={o.permalink} className="text-brand underline" data-testid="observation-link">
                {target.observations.length > 1 ? `${o.figureLabel} · ` : ''}
                {t('observation', { n: o.number })}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
