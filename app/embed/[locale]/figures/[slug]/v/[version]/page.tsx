import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getFigureVersionRecord, getSourceRecord, listAllVersionKeys } from '@/lib/data/dataset';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EmbedFigure } from '@/components/embed/EmbedFigure';
import { versionNumberSchema } from '@/lib/api/params';

export async function generateStaticParams() {
  const keys = await listAllVersionKeys();
  return locales.flatMap((locale) => keys.map((k) => ({ locale, slug: k.slug, version: String(k.version) })));
}

/** Frozen at one version: shows that value even after newer ones exist. */
export default async function EmbedFrozenFigure({ params }: PageProps<'/embed/[locale]/figures/[slug]/v/[version]'>) {
  const { locale: l, slug, version } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const n = versionNumberSchema.safeParse(version);
  const record = n.success ? await getFigureVersionRecord(slug, n.data) : null;
  if (!record) notFound();
  return <EmbedFigure record={record} source={await getSourceRecord(record.source)} locale={locale} frozen />;
}
