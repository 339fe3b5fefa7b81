import { getTranslations } from 'next-intl/server';
import type { FigureVersionRecord, SourceRecord } from '@/lib/api/schemas';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { FigureValue } from '@/components/figures/FigureValue';
import { sourceAttribution } from '@/components/figures/SourceLine';

/** The embeddable fact card: value, kind, as-of date, source line and a link back to the version shown. */
export async function EmbedFigure({ record, source, locale, frozen }: { record: FigureVersionRecord; source: SourceRecord | null; locale: Locale; frozen: boolean }) {
  const [t, m, ts] = await Promise.all([getTranslations('Embed'), getTranslations('Measures'), getTranslations('Source')]);
  const asOf = new Date(`${record.asOf}T00:00:00Z`);
  const link = `${siteUrl()}/${locale}/figures/${record.slug}${frozen ? `/v/${record.version}` : ''}`;
  return (
    <article className="rounded-2xl border border-line p-4" data-figure={record.slug}>
      <h1 className="text-base font-semibold text-muted">{record.label[locale]}</h1>
      <p className="mt-1 text-3xl font-bold"><FigureValue value={record.value} unit={record.unit} locale={locale} /></p>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge>{m(record.measure)}</Badge>
        <span className="text-muted">{t('asOf')} <Num locale={locale} format={(d) => formatDate(asOf, locale, record.asOfPrecision, d)} /></span>
      </p>
      {source ? (
        <p className="mt-2 text-xs text-muted">
          {t('source')}: {sourceAttribution({ origin: source.origin?.[locale] ?? null, publisher: source.publisher[locale] }, ts)}
        </p>
      ) : null}
      {frozen && record.latestVersion > record.version ? <p className="mt-2 text-xs text-calc">{t('olderVersion', { n: record.version })}</p> : null}
      <a href={link} target="_blank" rel="noopener" className="mt-2 inline-block text-sm font-semibold text-brand underline">
        {t('viewOnPortal')}
      </a>
    </article>
  );
}
