import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFigureVersionRecord, listAllVersionKeys } from '@/lib/data/dataset';
import { getFigureAtVersion, getFigureBySlug } from '@/lib/data/figures';
import { formatValue } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { versionNumberSchema } from '@/lib/api/params';
import { locales, type Locale, everyLocale, perLocale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { VersionFacts } from '@/components/figures/VersionFacts';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { FigureCitation } from '@/components/cite/FigureCitation';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { tap } from '@/components/ui/tap';
import { RetiredNotice } from '@/components/retire/RetiredNotice';

type Props = PageProps<'/[locale]/figures/[slug]/v/[version]'>;

export async function generateStaticParams() {
  const keys = await listAllVersionKeys();
  return locales.flatMap((locale) => keys.map((k) => ({ locale, slug: k.slug, version: String(k.version) })));
}

const versionOf = (raw: string) => {
  const n = versionNumberSchema.safeParse(raw);
  return n.success ? n.data : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  const n = versionOf(version);
  const figure = n ? await getFigureAtVersion(locale as Locale, slug, n) : null;
  if (!figure) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'VersionPage' });
  return { title: `${figure.label} · ${t('version', { n: figure.version })}`, alternates: alternates(locale as Locale, `/figures/${slug}/v/${version}`) };
}

/** A version as it was published: its meaning and the one observation it showed, with that observation's own source. */
export default async function FigureVersionPage({ params }: Props) {
  const { locale: l, slug, version } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const n = versionOf(version);
  const fetched = n ? await perLocale((each) => getFigureAtVersion(each, slug, n)) : null;
  const figure = fetched?.[locale];
  const views = fetched && everyLocale(fetched);
  if (!figure) notFound();
  const [t, latest, record] = await Promise.all([getTranslations('VersionPage'), getFigureBySlug(locale, slug), getFigureVersionRecord(slug, figure.version)]);
  const newer = latest && latest.version > figure.version ? latest : null;
  const shown = figure.observation;
  const now = latest?.observations.find((o) => o.number === shown.number);

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href={`/figures/${slug}`} className={`${tap} underline`}>{figure.label}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">
          {figure.label} <span className="text-muted">· {t('version', { n: figure.version })}</span>
        </h1>
        <RetiredNotice retired={figure.retired} kind="figure" locale={locale} />
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
        <p className="mt-3 text-sm text-muted" data-testid="version-observation">
          {t('showsObservation', { n: shown.number })}{' '}
          <Link href={`/figures/${slug}#observation-${shown.number}`} className="text-brand underline">{t('observationNow')}</Link>
          {now && now.revision > shown.revision ? <> · {t('correctedSince')}</> : null}
        </p>
        <VersionFacts figure={figure} reason={record?.reason ?? null} locale={locale} />
        <p className="mt-3 text-sm text-muted">
          {t('permalink')} <span dir="ltr" className="select-all break-all">{`${siteUrl()}/${locale}/figures/${slug}/v/${figure.version}`}</span>
        </p>
      </div>
      <Section id="definition" title={t('definition')}>
        <p className="max-w-3xl text-lg">{figure.definition}</p>
      </Section>
      <Section id="quote" title={t('quote')}>
        <SourceDetails source={figure.source} quote={figure.quote} quoteTranslation={figure.quoteTranslation} locator={shown.locator} locale={locale} />
      </Section>
      {views ? (
        <Section id="cite" title={t('cite')}>
          <FigureCitation views={views} locale={locale} />
        </Section>
      ) : null}
      <Section id="embed" title={t('embed')}>
        <EmbedCode locale={locale} latestPath={`/embed/${locale}/figures/${slug}`} frozenPath={`/embed/${locale}/figures/${slug}/v/${figure.version}`} />
      </Section>
    </article>
  );
}
