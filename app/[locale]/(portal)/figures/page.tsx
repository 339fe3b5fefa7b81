import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listDerivedFigures, listFigures } from '@/lib/data/figures';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { FigureCard } from '@/components/figures/FigureCard';
import { DerivedCard } from '@/components/figures/DerivedCard';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';

export async function generateMetadata({ params }: PageProps<'/[locale]/figures'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'FiguresIndex' });
  return { title: t('title'), alternates: alternates(locale, '/figures') };
}

export default async function FiguresPage({ params }: PageProps<'/[locale]/figures'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, figures, derived] = await Promise.all([getTranslations('FiguresIndex'), listFigures(locale), listDerivedFigures(locale)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="mx-auto grid max-w-6xl gap-4 px-4 sm:grid-cols-2">
        {figures.map((f) => <FigureCard key={f.slug} figure={f} locale={locale} headingLevel={2} />)}
      </div>
      <Section id="calculated" title={t('derivedTitle')} lead={t('derivedLead')}>
        <div className="grid gap-4 md:grid-cols-2">
          {derived.map((d) => <DerivedCard key={d.slug} derived={d} locale={locale} />)}
        </div>
      </Section>
    </>
  );
}
