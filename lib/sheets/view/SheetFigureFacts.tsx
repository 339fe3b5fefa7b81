import { getTranslations } from 'next-intl/server';
import { versionUrl } from '@/lib/data/dataset';
import type { FigureView } from '@/lib/data/types';
import { formatDate, formatNumber, type Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { sourceAttribution } from '@/components/figures/SourceLine';
import { valueWithUnit } from './SheetObservation';

/**
 * What a figure shows and what it means: the headline value with its measure (registered, reached, allocated …),
 * its exact value, the date it describes, its scope, the observation and source it comes from, and the version
 * with its permanent link.
 */
export async function SheetFigureFacts({ figure, locale, digits, showInitiative = true }: { figure: FigureView; locale: Locale; digits: Digits; showInitiative?: boolean }) {
  const [t, m, md, ts, to, fs] = await Promise.all([
    getTranslations({ locale, namespace: 'FigurePage' }), getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'MeasureDefinitions' }), getTranslations({ locale, namespace: 'Source' }),
    getTranslations({ locale, namespace: 'Observations' }), getTranslations({ locale, namespace: 'FactSheet' }),
  ]);
  const head = figure.observation;
  const permalink = versionUrl(figure.slug, figure.version, locale);
  return (
    <>
      <p className="fs-value" data-testid="sheet-value">{await valueWithUnit(figure.value, figure.unit, locale, digits)}</p>
      <dl>
        <dt>{t('measure')}</dt>
        <dd><span className="fs-badge">{m(figure.measure)}</span> {md(figure.measure)}</dd>
        <dt>{t('exactValue')}</dt>
        <dd>{formatNumber(figure.value, locale, digits)}</dd>
        <dt>{t('asOf')}</dt>
        <dd>{formatDate(figure.asOf, locale, figure.asOfPrecision, digits)} <span className="fs-muted">({t(`precision.${figure.asOfPrecision}`)})</span></dd>
        <dt>{t('scope')}</dt>
        <dd>{figure.governorate ? figure.governorate.name : t('national')}</dd>
        {showInitiative && figure.initiative ? (
          <>
            <dt>{t('initiative')}</dt>
            <dd>{figure.initiative.name}</dd>
          </>
        ) : null}
        <dt>{t('headlineSource')}</dt>
        <dd><span dir="auto">{sourceAttribution(head.source, ts)}</span> <span className="fs-muted">({to('number', { n: head.number })})</span></dd>
        <dt>{t('version')}</dt>
        <dd>
          {fs('versionN', { n: formatNumber(figure.version, locale, digits) })} · <a href={permalink} className="fs-url">{permalink}</a>
        </dd>
      </dl>
    </>
  );
}

/** What the figure's sources leave out, as staff recorded it; nothing is printed when nothing is recorded. */
export async function SheetNotStated({ figure, locale, heading: Heading = 'h2' }: { figure: FigureView; locale: Locale; heading?: 'h2' | 'h3' }) {
  if (figure.notStated.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'NotStated' });
  return (
    <section data-testid="sheet-not-stated">
      <Heading style={Heading === 'h3' ? { marginTop: '2mm' } : undefined}>{t('title')}</Heading>
      <ul>
        {figure.notStated.map((n, i) => (
          <li key={`${n.kind}-${i}`}>
            <strong>{t(`kinds.${n.kind}`)}</strong>
            {n.note ? <> — <span dir="auto">{n.note}</span></> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
