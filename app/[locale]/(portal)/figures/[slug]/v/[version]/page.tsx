import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFigureRecord, getFigureVersionRecord, getSourceRecord, listAllVersionKeys } from '@/lib/data/dataset';
import { formatValue } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { versionNumberSchema } from '@/lib/api/params';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { Quote } from '@/components/ui/Quote';
import { VersionFacts } from '@/components/figures/VersionFacts';
import { FigureCitation } from '@/components/cite/FigureCitation';
import { EmbedCode } from '@/components/embed/EmbedCode';

type Props = PageProps<'/[locale]/figures/[slug]/v/[version]'>;

export async function generateStaticParams() {
  const keys = await listAllVersionKeys();
  return locales.flatMap((locale) => keys.map((k) => ({ locale, slug: k.slug, version: String(k.version) })));
}

async function load(slug: string, version: string) {
  const n = versionNumberSchema.safeParse(version);
  return n.success ? getFigureVersionRecord(slug, n.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  const record = await load(slug, version);
  if (!record) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'VersionPage' });
  return { title: `${record.label[locale as Locale]} · ${t('version', { n: record.version })}`, alternates: alternates(locale as Locale, `/figures/${slug}/v/${version}`) };
}

export default async function FigureVersionPage({ params }: Props) {
  const { locale: l, slug, version } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const record = await load(slug, version);
  if (!record) notFound();
  const [t, latest, source] = await Promise.all([getTranslations('VersionPage'), getFigureRecord(slug), getSourceRecord(record.source)]);
  const newer = latest && latest.version > record.version ? latest : null;

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href={`/figures/${slug}`} className="underline">{record.label[locale]}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">
          {record.label[locale]} <span className="text-muted">· {t('version', { n: record.version })}</span>
        </h1>
        {newer ? (
          <p role="status" className="mt-4 rounded-xl border border-calc bg-calc-soft p-4" data-testid="newer-version">
            {t('newerExists')}{' '}
            <Link href={`/figures/${slug}/v/${newer.version}`} className="font-semibold text-brand underline">
              {t('version', { n: newer.version })}: <Num locale={locale} format={(d) => formatValue(newer.value, newer.unit, locale, d)} />
            </Link>
          </p>
        ) : (
          <p className="mt-4 text-muted" data-testid="latest-version">{t('isLatest')}</p>
        )}
        <VersionFacts record={record} locale={locale} />
        <p className="mt-3 text-sm text-muted">
          {t('permalink')} <span dir="ltr" className="select-all break-all">{`${siteUrl()}/${locale}/figures/${slug}/v/${record.version}`}</span>
        </p>
      </div>
      <Section id="definition" title={t('definition')}>
        <p className="max-w-3xl text-lg">{record.definition[locale]}</p>
      </Section>
      <Section id="quote" title={t('quote')}>
        <div className="max-w-3xl"><Quote text={record.quote} translation={record.quoteTranslation} locale={locale} /></div>
      </Section>
      {source ? (
        <Section id="cite" title={t('cite')}>
          <FigureCitation record={record} source={source} locale={locale} />
        </Section>
      ) : null}
      <Section id="embed" title={t('embed')}>
        <EmbedCode locale={locale} latestPath={`/embed/${locale}/figures/${slug}`} frozenPath={`/embed/${locale}/figures/${slug}/v/${record.version}`} />
      </Section>
    </article>
  );
}
