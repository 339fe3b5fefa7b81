import { getTranslations } from 'next-intl/server';
import type { FigureVersionRecord } from '@/lib/api/schemas';
import { formatDate, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { FigureValue } from './FigureValue';

/** The value, kind, exact figure and dates of one version, as it was published. */
export async function VersionFacts({ record, locale }: { record: FigureVersionRecord; locale: Locale }) {
  const [t, m, md] = await Promise.all([getTranslations('FigurePage'), getTranslations('Measures'), getTranslations('MeasureDefinitions')]);
  const asOf = new Date(`${record.asOf}T00:00:00Z`);
  const published = new Date(record.publishedAt);
  return (
    <div className="mt-6 rounded-2xl border border-line bg-surface p-6">
      <p className="text-4xl font-bold sm:text-5xl" data-testid="version-value">
        <FigureValue value={record.value} unit={record.unit} locale={locale} />
      </p>
      <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t('measure')}</dt>
          <dd><Badge>{m(record.measure)}</Badge> <span className="text-sm">{md(record.measure)}</span></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('exactValue')}</dt>
          <dd className="tabular-nums"><Num locale={locale} format={(d) => formatNumber(record.value, locale, d)} /></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('asOf')}</dt>
          <dd><Num locale={locale} format={(d) => formatDate(asOf, locale, record.asOfPrecision, d)} /> <span className="text-sm text-muted">({t(`precision.${record.asOfPrecision}`)})</span></dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('publishedOn')}</dt>
          <dd><Num locale={locale} format={(d) => formatDate(published, locale, 'day', d)} /></dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-muted">{t('reason')}</dt>
          <dd dir="auto">{record.reason}</dd>
        </div>
      </dl>
    </div>
  );
}
