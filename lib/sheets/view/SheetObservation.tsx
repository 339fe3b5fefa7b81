import { getTranslations } from 'next-intl/server';
import { observationUrl } from '@/lib/data/dataset';
import type { FigureView, ObservationView } from '@/lib/data/types';
import { formatNumber, formatValue, type Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Unit } from '@/lib/vocabulary';
import { observationWhen } from '@/components/figures/ObservationTable';
import { SheetQuote, SheetSource } from './SheetSource';

/** "37.4 مليون مواطن" / "EGP 2 billion": the value in words with its unit, in the sheet's digits. */
export async function valueWithUnit(value: string, unit: Unit, locale: Locale, digits: Digits): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Units' });
  const text = formatValue(value, unit, locale, digits);
  return unit === 'EGP' ? text : `${text} ${t(unit)}`;
}

/** The public explanation when the quote does not state the value, or a visible warning when there is none. */
export async function SheetValueCheck({ observation, locale }: { observation: ObservationView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Observations' });
  if (observation.valueNote) return <p className="fs-small"><strong>{t('valueNote')}</strong> <span dir="auto">{observation.valueNote}</span></p>;
  if (observation.quoteStatesValue) return null;
  return <p className="fs-warning" role="note">{t('notInQuote')}</p>;
}

/**
 * One value of a figure with everything that belongs to it alone: its date or period, its source, the source's
 * words, where they are, its corrections and its permanent link.
 */
export async function SheetObservation({ figure, observation: o, locale, digits }: { figure: FigureView; observation: ObservationView; locale: Locale; digits: Digits }) {
  const [t, fs] = await Promise.all([getTranslations({ locale, namespace: 'Observations' }), getTranslations({ locale, namespace: 'FactSheet' })]);
  const url = observationUrl(figure.slug, o.number, locale);
  return (
    <section className="fs-obs" data-observation={o.number} aria-label={t('number', { n: o.number })}>
      <p className="fs-obs-head">
        <strong>{t('number', { n: o.number })}</strong>
        <span>{observationWhen(o, locale, digits, t)}</span>
        <span className="fs-obs-value">{await valueWithUnit(o.value, figure.unit, locale, digits)}</span>
        <span className="fs-muted">({formatNumber(o.value, locale, digits)})</span>
        {o.number === figure.observation.number ? <span className="fs-badge">{t('headline')}</span> : null}
        {o.revision > 1 ? <span className="fs-muted">{t('corrected', { count: o.revision - 1 })}</span> : null}
      </p>
      <SheetQuote quote={o.quote} translation={o.quoteTranslation} language={o.source.language} locale={locale} />
      <SheetValueCheck observation={o} locale={locale} />
      <SheetSource source={o.source} locator={o.locator} locale={locale} digits={digits} />
      <p className="fs-small" style={{ marginTop: '1mm' }}>
        <strong>{fs('observationLink')}</strong> <a href={url} className="fs-url">{url}</a>
      </p>
    </section>
  );
}
