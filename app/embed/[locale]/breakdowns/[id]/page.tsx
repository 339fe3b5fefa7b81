import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getBreakdown, listBreakdownIds } from '@/lib/data/breakdowns';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EmbedBreakdown } from '@/components/embed/EmbedBreakdown';

// Breakdowns published after the build are rendered on their first request, like their pages.
export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams() {
  const ids = await listBreakdownIds();
  return locales.flatMap((locale) => ids.map((id) => ({ locale, id: String(id) })));
}

/** A breakdown's chart, always its published values. */
export default async function EmbedBreakdownPage({ params }: PageProps<'/embed/[locale]/breakdowns/[id]'>) {
  const { locale: l, id: raw } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const view = /^[1-9]\d{0,8}$/.test(raw) ? await getBreakdown(locale, Number(raw)) : null;
  if (!view) notFound();
  return <EmbedBreakdown view={view} locale={locale} />;
}
