import { getTranslations } from 'next-intl/server';
import { formatDate, formatMoney, formatPercent, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { DerivedView } from '@/lib/data/figures';
import type { FigureView, ObservationView } from '@/lib/data/types';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';

/**
 * A calculated figure, always labelled as such, with its formula, the date both inputs describe and the two
 * observations of that date it is calculated from (not necessarily the figures' newest values).
 */
export async function DerivedCard({ derived, locale }: { derived: DerivedView; locale: Locale }) {
  const t = await getTranslations('Derived');
  const result = (d: 'latn' | 'arab') =>
    derived.unit === 'percent' ? formatPercent(derived.value, locale, d) : formatMoney(Math.round(derived.value), locale, d);
  const input = (f: FigureView, o: ObservationView) => (
    <>
      <Link href={`/figures/${f.slug}#observation-${o.number}`} className="text-brand underline">
        {f.label}
      </Link>{' '}
      (<Num locale={locale} format={(d) => formatValue(o.value, f.unit, locale, d)} />)
    </>
  );
  return (
    <article className="flex flex-col gap-3 rounded-2xl border border-dashed border-calc bg-calc-soft/60 p-5" data-derived={derived.slug}>
      <h3 className="text-base font-semibold text-muted">{t(`${derived.slug}.label`)}</h3>
      <p className="text-3xl font-bold text-ink">
        <Num locale={locale} format={result} />
      </p>
      <p>
        <Badge tone="calc">{t('calculated')}</Badge>
      </p>
      <p className="text-sm text-ink" data-testid="derived-as-of">
        <Num locale={locale} format={(d) => t('sameDate', { date: formatDate(derived.asOf, locale, derived.asOfPrecision, d) })} />
      </p>
      <p className="text-sm text-ink">
        <span className="font-semibold">{t('formula')}</span> {t(`${derived.slug}.formula`)}
      </p>
      <p className="text-sm text-ink">
        <span className="font-semibold">{t('inputs')}</span> {input(derived.numeratorFigure, derived.numeratorObservation)} ÷{' '}
        {input(derived.denominatorFigure, derived.denominatorObservation)}
      </p>
      <p className="text-sm text-muted">{t(`${derived.slug}.caveat`)}</p>
    </article>
  );
}
