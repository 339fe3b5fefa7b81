import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listSources } from '@/lib/data/sources';
import { derivedDefinitions } from '@/lib/derived';
import { measures } from '@/lib/vocabulary';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { SmallCountNote } from '@/components/breakdowns/SmallCountNote';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('title'), alternates: alternates(locale, '/about') };
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, m, md, dv, sources] = await Promise.all([
    getTranslations('About'),
    getTranslations('Measures'),
    getTranslations('MeasureDefinitions'),
    getTranslations('Derived'),
    listSources(locale),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section id="principles" title={t('principlesTitle')}>
        <ul className="max-w-3xl list-disc space-y-2 ps-6 text-lg">
          {(['exact', 'wording', 'calculated', 'history'] as const).map((k) => <li key={k}>{t(`principles.${k}`)}</li>)}
        </ul>
      </Section>
      <Section id="sources" title={t('sourcesTitle')} lead={t('sourcesLead')}>
        {sources.map((s) => <div key={s.slug} id={`source-${s.slug}`} className="scroll-mt-24"><SourceDetails source={s} quote={s.quote} quoteTranslation={s.quoteTranslation} locale={locale} /></div>)}
      </Section>
      <Section id="measures" title={t('measuresTitle')} lead={t('measuresLead')}>
        <dl className="grid max-w-3xl gap-3">
          {measures.map((k) => (
            <div key={k} className="rounded-xl border border-line bg-surface p-3">
              <dt className="font-semibold">{m(k)}</dt>
              <dd className="text-muted">{md(k)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="derived" title={t('derivedTitle')} lead={t('derivedLead')}>
        <dl className="grid max-w-3xl gap-3">
          {derivedDefinitions.map((d) => (
            <div key={d.slug} className="rounded-xl border border-dashed border-calc bg-calc-soft/60 p-3">
              <dt className="font-semibold">{dv(`${d.slug}.label`)}</dt>
              <dd>{dv(`${d.slug}.formula`)}</dd>
              <dd className="text-sm text-muted">{dv(`${d.slug}.caveat`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="small-counts" title={t('smallCountTitle')}>
        <SmallCountNote />
      </Section>
      <Section id="numbers" title={t('numbersTitle')}>
        <p className="max-w-3xl text-lg">{t('numbersBody')}</p>
      </Section>
    </>
  );
}
