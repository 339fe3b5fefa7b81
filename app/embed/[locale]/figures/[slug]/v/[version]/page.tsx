import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { listAllVersionKeys } from '@/lib/data/dataset';
import { getFigureAtVersion, getFigureBySlug } from '@/lib/data/figures';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EmbedFigure } from '@/components/embed/EmbedFigure';
import { versionNumberSchema } from '@/lib/api/params';

export async function generateStaticParams() {
  const keys = await listAllVersionKeys();
  return locales.flatMap((locale) => keys.map((k) => ({ locale, slug: k.slug, version: String(k.version) })));
}

/** Frozen at one version: shows that version's observation, with its own source, even after newer ones exist. */
export default async function EmbedFrozenFigure({ params }: PageProps<'/embed/[locale]/figures/[slug]/v/[version]'>) {
  const { locale: l, slug, version } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const n = versionNumberSchema.safeParse(version);
  const [figure, latest] = n.success ? await Promise.all([getFigureAtVersion(locale, slug, n.data), getFigureBySlug(locale, slug)]) : [null, null];
  if (!figure) notFound();
  return <EmbedFigure figure={figure} latestVersion={latest?.version ?? figure.version} locale={locale} frozen />;
}
