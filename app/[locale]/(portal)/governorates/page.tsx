import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listBreakdowns } from '@/lib/data/breakdowns';
import { listGovernorates } from '@/lib/data/governorates';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { EmptyState } from '@/components/ui/EmptyState';
import { TileMap } from '@/components/governorates/TileMap';
import { governorateTiles } from '@/components/breakdowns/breakdown-tiles';
import { BreakdownList } from '@/components/breakdowns/BreakdownList';
import { tap } from '@/components/ui/tap';

// Breakdowns published after the build appear within five minutes, without a rebuild.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/governorates'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Governorates' });
  return { title: t('title'), alternates: alternates(locale, '/governorates') };
}

export default async function GovernoratesPage({ params }: PageProps<'/[locale]/governorates'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tb, governorates, breakdowns] = await Promise.all([
    getTranslations('Governorates'),
    getTranslations('Breakdown'),
    listGovernorates(locale),
    listBreakdowns(locale),
  ]);
  const byName = [...governorates].sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section id="breakdowns" title={t('breakdownsTitle')}>
        {breakdowns.length > 0 ? <BreakdownList breakdowns={breakdowns} /> : <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>}
      </Section>
      <Section id="map" title={t('mapTitle')} lead={t('mapSummary')}>
        <p id="map-hint" className="sr-only">{tb('mapHint')}</p>
        <TileMap tiles={governorateTiles(governorates, locale)} label={t('mapTitle')} hintId="map-hint" locale={locale} />
      </Section>
      <Section id="list" title={t('listTitle')}>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-3 lg:grid-cols-4">
          {byName.map((g) => (
            <li key={g.code}>
              <Link href={`/governorates/${g.code}`} className={`${tap} text-brand underline`}>{g.name}</Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
