import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listDerivedFigures, listFigures } from '@/lib/data/figures';
import { listInitiatives } from '@/lib/data/initiatives';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { FigureCard } from '@/components/figures/FigureCard';
import { DerivedCard } from '@/components/figures/DerivedCard';
import { InitiativeCard } from '@/components/initiatives/InitiativeCard';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { headlineCharts } from '@/components/charts/headline-charts';
import { Section } from '@/components/ui/Section';
import { Num } from '@/components/ui/Num';
import { alternates } from '@/lib/i18n/metadata';
import { JsonLd } from '@/components/seo/JsonLd';
import { allianceOrganization } from '@/lib/seo/structured-data';
import { tap } from '@/components/ui/tap';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternates(locale as Locale, '') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tc, tu, tm, tsrc, figures, derived, initiatives] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Charts'),
    getTranslations('Units'),
    getTranslations('Measures'),
    getTranslations('Source'),
    listFigures(locale),
    listDerivedFigures(locale),
    listInitiatives(locale),
  ]);
  const charts = headlineCharts(figures, locale, tc, tu, tm, tsrc);
  const start = initiatives.find((i) => i.startDate)?.startDate ?? null;

  return (
    <>
      <JsonLd data={allianceOrganization(locale)} />
      <div className="border-b border-line bg-brand-soft/60">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
          <p className="font-semibold text-brand">{t('eyebrow')}</p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold leading-snug sm:text-5xl sm:leading-tight">{t('title')}</h1>
          <p className="mt-4 max-w-3xl text-lg text-muted">{t('lead')}</p>
          {start ? (
            <p className="mt-3 text-muted">
              {t('since')} <Num locale={locale} format={(d) => formatDate(start, locale, 'month', d)} />
            </p>
          ) : null}
        </div>
      </div>

      <Section id="figures" title={t('figuresTitle')} lead={t('figuresLead')}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map((f) => (
            <FigureCard key={f.slug} figure={f} locale={locale} />
          ))}
        </div>
      </Section>

      <Section id="calculated" title={t('derivedTitle')} lead={t('derivedLead')}>
        <div className="grid gap-4 md:grid-cols-2">
          {derived.map((d) => (
            <DerivedCard key={d.slug} derived={d} locale={locale} />
          ))}
        </div>
      </Section>

      <Section id="charts" title={t('chartsTitle')}>
        <div className="grid gap-4 lg:grid-cols-2">
          {charts.map((c) => (
            <ChartFrame
              key={c.id}
              {...c}
              embed={
                <Link href="/data#embed" className="mt-3 inline-block min-h-6 text-sm font-semibold text-brand underline">
                  {tc('embed')}
                </Link>
              }
            />
          ))}
        </div>
      </Section>

      <Section id="initiatives" title={t('initiativesTitle')} lead={t('initiativesLead')}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {initiatives.map((i) => (
            <InitiativeCard key={i.slug} initiative={i} />
          ))}
        </div>
      </Section>

      <Section id="alliance" title={t('allianceTitle')}>
        <div className="max-w-3xl space-y-3 text-lg">
          <p>{t('allianceBody')}</p>
          <p className="text-base text-muted">{t('allianceAttribution')}</p>
          <Link href="/about" className={`${tap} font-semibold text-brand underline underline-offset-4`}>
            {t('methodologyLink')}
          </Link>
        </div>
      </Section>
    </>
  );
}
