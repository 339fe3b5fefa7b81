import { getTranslations } from 'next-intl/server';
import { observationUrl } from '@/lib/data/dataset';
import type { DerivedView } from '@/lib/data/figures';
import { formatDate, formatMoney, formatPercent, formatValue, type Digits } from '@/lib/format';
import { type Locale, localeInfo } from '@/lib/i18n/locales';

/** A calculated figure, marked as the portal's calculation, with its formula and the two same-date observations it uses. */
export async function SheetDerived({ derived, locale, digits }: { derived: DerivedView; locale: Locale; digits: Digits }) {
  const [t, to] = await Promise.all([getTranslations({ locale, namespace: 'Derived' }), getTranslations({ locale, namespace: 'Observations' })]);
  const result = derived.unit === 'percent' ? formatPercent(derived.value, locale, digits) : formatMoney(Math.round(derived.value), locale, digits);
  const inputs = [
    [derived.numeratorFigure, derived.numeratorObservation],
    [derived.denominatorFigure, derived.denominatorObservation],
  ] as const;
  return (
    <div className="fs-derived" data-derived={derived.slug}>
      <h3>{t(`${derived.slug}.label`)}</h3>
      <p><span className="fs-obs-value">{result}</span> <span className="fs-badge fs-badge-calc">{t('calculated')}</span></p>
      <p className="fs-small">{t('sameDate', { date: formatDate(derived.asOf, locale, derived.asOfPrecision, digits) })}</p>
      <p className="fs-small"><strong>{t('formula')}</strong> {t(`${derived.slug}.formula`)}</p>
      <p className="fs-small">
        <strong>{t('inputs')}</strong>{' '}
        {inputs.map(([f, o], i) => (
          <span key={f.slug}>
            {i > 0 ? ' ÷ ' : null}
            {/* Linked, not printed: long addresses here would crowd the formula. */}
            <a href={observationUrl(f.slug, o.number, locale)}>{f.label}</a> ({formatValue(o.value, f.unit, locale, digits)}{localeInfo(locale).comma}{to('number', { n: o.number })})
          </span>
        ))}
      </p>
      <p className="fs-small fs-muted">{t(`${derived.slug}.caveat`)}</p>
    </div>
  );
}
