import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { FigureValue } from '@/components/figures/FigureValue';
import { sourceAttribution } from '@/components/figures/SourceLine';
import { ValueCheck } from '@/components/figures/ValueCheck';
import { EmbedCredit } from './EmbedCredit';
import { RetiredNotice } from '@/components/retire/RetiredNotice';

/**
 * The embeddable fact card: the shown observation's value, kind, date and own source (the headline on a live
 * embed, the version's snapshot on a frozen one), and a link back to the version shown.
 */
export async function EmbedFigure({ figure, latestVersion, locale, frozen }: { figure: FigureView; latestVersion: number; locale: Locale; frozen: boolean }) {
  const [t, m, ts] = await Promise.all([getTranslations('Embed'), getTranslations('Measures'), getTranslations('Source')]);
  const link = `${siteUrl()}/${locale}/figures/${figure.slug}${frozen ? `/v/${figure.version}` : `#observation-${figure.observation.number}`}`;
  return (
    <article className="rounded-2xl border border-line p-4" data-figure={figure.slug}>
      <h1 className="text-base font-semibold text-muted">{figure.label}</h1>
      <RetiredNotice retired={figure.retired} kind="figure" locale={locale} compact />
      <p className="mt-1 text-3xl font-bold"><FigureValue value={figure.value} unit={figure.unit} locale={locale} /></p>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge>{m(figure.measure)}</Badge>
        <span className="text-muted">{t('asOf')} <Num locale={locale} format={(d) => formatDate(figure.asOf, locale, figure.asOfPrecision, d)} /></span>
      </p>
      <div className="mt-2"><ValueCheck observation={figure.observation} compact /></div>
      {frozen && latestVersion > figure.version ? <p className="mt-2 text-xs text-calc">{t('olderVersion', { n: figure.version })}</p> : null}
      <EmbedCredit href={link}>
        <p className="text-xs text-muted" data-testid="embed-source">
          {t('source')}: <span dir="auto">{sourceAttribution(figure.source, ts)}</span>
        </p>
      </EmbedCredit>
    </article>
  );
}
