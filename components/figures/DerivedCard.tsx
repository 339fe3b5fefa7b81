import { getTranslations } from 'next-intl/server';
import { formatMoney, formatPercent, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { DerivedView } from '@/lib/data/figures';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';

/** A calculated figure, always labelled as such, with its formula and the stored inputs it uses. */
export async function DerivedCard({ derived, locale }: { derived: DerivedView; locale: Locale }) {
  const t = await getTranslations('Derived');
  const { numeratorFigure: num, denominatorFigure: den } = derived;
  const result = (d: 'latn' | 'arab') =>
    derived.unit === 'percent' ? formatPercent(derived.value, locale, d) : formatMoney(Math.round(derived.value), locale, d);
  return (
    <article className="flex flex-col gap-3 rounded-2xl border border-dashed border-calc bg-calc-soft/60 p-5" data-derived={derived.slug}>
      <h3 className="text-base font-semibold text-muted">{t(`${derived.slug}.label`)}</h3>
      <p className="text-3xl font-bold text-ink">
        <Num locale={locale} format={result} />
      </p>
      <p>
        <Badge tone="calc">{t('calculated')}</Badge>
      </p>
      <p className="text-sm text-ink">
        <span className="font-semibold">{t('formula')}</span> {t(`${derived.slug}.formula`)}
      </p>
      <p className="text-sm text-ink">
        <span className="font-semibold">{t('inputs')}</span>{' '}
        <Link href={`/figures/${num.slug}`} className="text-brand underline">
          {num.label}
        </Link>{' '}
        (<Num locale={locale} format={(d) => formatValue(num.value, num.unit, locale, d)} />) ÷{' '}
        <Link href={`/figures/${den.slug}`} className="text-brand underline">
          {den.label}
        </Link>{' '}
        (<Num locale={locale} format={(d) => formatValue(den.value, den.unit, locale, d)} />)
      </p>
      <p className="text-sm text-muted">{t(`${derived.slug}.caveat`)}</p>
    </article>
  );
}
