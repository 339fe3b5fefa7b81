import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import { formatDate, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { FigureValue } from './FigureValue';
import { sourceAttribution } from './SourceLine';
import { ValueCheck } from './ValueCheck';

/** The value one version showed, with that observation's own date and source, as it was published. */
export async function VersionFacts({ figure, reason, locale }: { figure: FigureView; reason: string | null; locale: Locale }) {
  const [t, m, md, ts] = await Promise.all([getTranslations('FigurePage'), getTranslations('Measures'), getTranslations('MeasureDefinitions'), getTranslations('Source')]);
  const published = figure.updatedAt;
  return (
    <div className="mt-6 rounded-2xl border border-line bg-surface p-6">
      <p className="text-4xl font-bold sm:text-5xl" data-testid="version-value">
        <FigureValue value={figure.value} unit={figure.unit} locale={locale} />
      </p>
      <div className="mt-2"><ValueCheck observation={figure.observation} /></div>
      <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t('measure')}</dt>
          <dd><Badge>{m(figure.measure)}</Badge> <span className="text-sm">{md(figure.measure)}</span></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('exactValue')}</dt>
          <dd className="tabular-nums"><Num locale={locale} format={(d) => formatNumber(figure.value, locale, d)} /></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('asOf')}</dt>
          <dd><Num locale={locale} format={(d) => formatDate(figure.asOf, locale, figure.asOfPrecision, d)} /> <span className="text-sm text-muted">({t(`precision.${figure.asOfPrecision}`)})</span></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('publishedOn')}</dt>
          <dd><Num locale={locale} format={(d) => formatDate(published, locale, 'day', d)} /></dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-muted">{t('headlineSource')}</dt>
          <dd data-testid="version-source" dir="auto">{sourceAttribution(figure.source, ts)}</dd>
        </div>
        {reason ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-muted">{t('reason')}</dt>
            <dd dir="auto">{reason}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
