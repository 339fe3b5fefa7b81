import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getFigureBySlug, listDerivedFigures, listFigureRevisions, listFigureSlugs } from '@/lib/data/figures';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { FigureArticle } from '@/components/figures/FigureArticle';

export async function generateStaticParams() {
  const slugs = await listFigureSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/figures/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const figure = await getFigureBySlug(locale as Locale, slug);
  if (!figure) return {};
  return { title: figure.label, description: figure.definition, alternates: alternates(locale as Locale, `/figures/${slug}`) };
}

export default async function FigurePage({ params }: PageProps<'/[locale]/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) notFound();
  const [derived, revisions] = await Promise.all([listDerivedFigures(locale), listFigureRevisions(slug)]);
  const uses = derived.filter((d) => d.numerator === slug || d.denominator === slug);

  return <FigureArticle figure={figure} uses={uses} revisions={revisions} locale={locale} />;
}
