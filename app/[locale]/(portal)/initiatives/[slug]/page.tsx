import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getInitiativeBySlug, listInitiativeSlugs } from '@/lib/data/initiatives';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { InitiativeArticle } from '@/components/initiatives/InitiativeArticle';

export async function generateStaticParams() {
  const slugs = await listInitiativeSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/initiatives/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const initiative = await getInitiativeBySlug(locale as Locale, slug);
  if (!initiative) return {};
  return { title: initiative.name, description: initiative.summary, alternates: alternates(locale as Locale, `/initiatives/${slug}`) };
}

export default async function InitiativePage({ params }: PageProps<'/[locale]/initiatives/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const initiative = await getInitiativeBySlug(locale, slug);
  if (!initiative) notFound();
  return <InitiativeArticle initiative={initiative} locale={locale} />;
}
