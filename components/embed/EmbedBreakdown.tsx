import { getTranslations } from 'next-intl/server';
import type { SourcedBreakdownView } from '@/lib/data/breakdowns';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { Num } from '@/components/ui/Num';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { BreakdownTable } from '@/components/breakdowns/BreakdownTable';
import { breakdownChart } from '@/components/breakdowns/breakdown-chart';
import { sourceAttribution } from '@/components/figures/SourceLine';
import { EmbedCredit } from './EmbedCredit';

/** A breakdown's chart on its own: every value in a table under it, credited to the breakdown's own source only. */
export async function EmbedBreakdown({ view, locale }: { view: SourcedBreakdownView; locale: Locale }) {
  const [tb, tc, tu, ts, te] = await Promise.all([getTranslations('Breakdown'), getTranslations('Charts'), getTranslations('Units'), getTranslations('Source'), getTranslations('Embed')]);
  const chart = breakdownChart(view, locale, { breakdown: tb, charts: tc, units: tu, source: ts });
  const asOf = view.asOf;
  return (
    <div>
      <ChartFrame
        {...chart}
        headingLevel={1}
        table={
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold">{tb('tableTitle')}</summary>
            <BreakdownTable view={view} locale={locale} caption={tb('tableTitle')} />
          </details>
        }
      />
      <EmbedCredit href={`${siteUrl()}/${locale}/breakdowns/${view.id}`}>
        <p className="text-xs text-muted" data-testid="embed-source">
          {te('source')}: <span dir="auto">{view.source ? sourceAttribution(view.source, ts) : tb('noSource')}</span>
          {asOf ? <> · {te('asOf')} <Num locale={locale} format={(d) => formatDate(asOf, locale, view.asOfPrecision ?? 'day', d)} /></> : null}
        </p>
      </EmbedCredit>
    </div>
  );
}
