import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listInitiatives } from '@/lib/data/initiatives';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { InitiativeCard } from '@/components/initiatives/InitiativeCard';
import { PageHeader } from '@/components/ui/PageHeader';

export async function generateMetadata({ params }: PageProps<'/[locale]/initiatives'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Initiatives' });
  return { title: t('title'), alternates: alternates(locale, '/initiatives') };
}

export default async function InitiativesPage({ params }: PageProps<'/[locale]/initiatives'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, initiatives] = await Promise.all([getTranslations('Initiatives'), listInitiatives(locale)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="mx-auto grid max-w-6xl gap-4 px-4 sm:grid-cols-2 lg:grid-cols-3">
        {initiatives.map((i) => <InitiativeCard key={i.slug} initiative={i} headingLevel={2} />)}
      </div>
    </>
  );
}
