import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getFigureRecord, getFigureVersionRecord, getSourceRecord, listFigureRecords } from '@/lib/data/dataset';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EmbedFigure } from '@/components/embed/EmbedFigure';

export async function generateStaticParams() {
  const figures = await listFigureRecords();
  return locales.flatMap((locale) => figures.map((f) => ({ locale, slug: f.slug })));
}

/** Always the latest version. */
export default async function EmbedLatestFigure({ params }: PageProps<'/embed/[locale]/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const latest = await getFigureRecord(slug);
  const record = latest ? await getFigureVersionRecord(slug, latest.version) : null;
  if (!record) notFound();
  return <EmbedFigure record={record} source={await getSourceRecord(record.source)} locale={locale} frozen={false} />;
}
