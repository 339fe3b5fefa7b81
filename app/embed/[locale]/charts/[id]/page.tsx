import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { listFigures } from '@/lib/data/figures';
import { locales, type Locale } from '@/lib/i18n/locales';
import { headlineChartFigures, type HeadlineChartId } from '@/components/charts/headline-charts';
import { EmbedChart } from '@/components/embed/EmbedChart';

export function generateStaticParams() {
  return locales.flatMap((locale) => Object.keys(headlineChartFigures).map((id) => ({ locale, id })));
}

/** Always the latest values. */
export default async function EmbedLatestChart({ params }: PageProps<'/embed/[locale]/charts/[id]'>) {
  const { locale: l, id } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  if (!Object.hasOwn(headlineChartFigures, id)) notFound();
  // Every figure: a chart may draw more than its listed ones (the money chart draws each stage that has a figure).
  return <EmbedChart id={id as HeadlineChartId} figures={await listFigures(locale)} locale={locale} />;
}
