import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getFigureBySlug, listFigureSlugs } from '@/lib/data/figures';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EmbedFigure } from '@/components/embed/EmbedFigure';

export async function generateStaticParams() {
  const slugs = await listFigureSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** Always the latest version: the headline observation with its own source and date. */
export default async function EmbedLatestFigure({ params }: PageProps<'/embed/[locale]/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) notFound();
  return <EmbedFigure figure={figure} latestVersion={figure.version} locale={locale} frozen={false} />;
}
