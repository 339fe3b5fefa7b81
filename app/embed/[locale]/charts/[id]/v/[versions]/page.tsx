import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getFigureAtVersion } from '@/lib/data/figures';
import type { Locale } from '@/lib/i18n/locales';
import { versionNumberSchema } from '@/lib/api/params';
import { headlineChartFigures, type HeadlineChartId } from '@/components/charts/headline-charts';
import { EmbedChart } from '@/components/embed/EmbedChart';

/** Frozen: "/v/1-2" draws the chart's figures at versions 1 and 2, whatever was published since. */
export default async function EmbedFrozenChart({ params }: PageProps<'/embed/[locale]/charts/[id]/v/[versions]'>) {
  const { locale: l, id, versions } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  if (!Object.hasOwn(headlineChartFigures, id)) notFound();
  const slugs = headlineChartFigures[id as HeadlineChartId];
  const parts = versions.split('-').map((v) => versionNumberSchema.safeParse(v));
  if (parts.length !== slugs.length || parts.some((p) => !p.success)) notFound();
  const figures = await Promise.all(slugs.map((slug, i) => getFigureAtVersion(locale, slug, parts[i].data!)));
  if (figures.some((f) => !f)) notFound();
  return <EmbedChart id={id as HeadlineChartId} figures={figures.map((f) => f!)} locale={locale} frozen={versions} />;
}
