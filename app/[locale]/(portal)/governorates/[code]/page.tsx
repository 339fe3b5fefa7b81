import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listGovernorateBreakdowns } from '@/lib/data/breakdowns';
import { getGovernorateByCode, listGovernorateCodes } from '@/lib/data/governorates';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { isPeopleCount } from '@/lib/small-count';
import { Section } from '@/components/ui/Section';
import { EmptyState } from '@/components/ui/EmptyState';
import { GovernorateFigures } from '@/components/governorates/GovernorateFigures';
import { SmallCountNote } from '@/components/breakdowns/SmallCountNote';
import { tap } from '@/components/ui/tap';

// Breakdowns published after the build appear within five minutes, without a rebuild.
export const revalidate = 300;

export async function generateStaticParams() {
  const codes = await listGovernorateCodes();
  return locales.flatMap((locale) => codes.map((code) => ({ locale, code })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/governorates/[code]'>): Promise<Metadata> {
  const { locale, code } = await params;
  const g = await getGovernorateByCode(locale as Locale, code);
  return g ? { title: g.name, alternates: alternates(locale as Locale, `/governorates/${code}`) } : {};
}

export default async function GovernoratePage({ params }: PageProps<'/[locale]/governorates/[code]'>) {
  const { locale: l, code } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const governorate = await getGovernorateByCode(locale, code);
  if (!governorate) notFound();
  const [t, entries] = await Promise.all([getTranslations('GovernoratePage'), listGovernorateBreakdowns(locale, code)]);
  const { name } = governorate;

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href="/governorates" className={`${tap} underline`}>{t('all')}</Link>
        </nav>
        <p className="mt-3 font-semibold text-brand">{t('eyebrow')}</p>
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl">{name}</h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t('lead', { name })}</p>
        <p className="mt-2 text-sm text-muted">{t('isoCode')}: <bdi dir="ltr">{governorate.code}</bdi></p>
      </div>
      <Section id="figures" title={t('figuresTitle', { name })}>
        {entries.length > 0 ? (
          <GovernorateFigures entries={entries} locale={locale} caption={t('figuresTitle', { name })} />
        ) : (
          <EmptyState title={t('emptyTitle')}>{t('emptyBody', { name })}</EmptyState>
        )}
        {entries.some((e) => isPeopleCount(e.breakdown.figure.unit)) ? <div className="mt-4"><SmallCountNote /></div> : null}
      </Section>
    </article>
  );
}
