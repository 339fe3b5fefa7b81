import { getTranslations } from 'next-intl/server';
import { citationInputOf, type CitationInput } from '@/lib/citation';
import type { FigureView } from '@/lib/data/types';
import { type Locale, perLocale, byLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import type { Unit } from '@/lib/vocabulary';
import { CiteThis } from './CiteThis';

/** The citation of the observation the figure shows, drawn from the figure in both languages. */
export async function citationInput(views: Record<Locale, FigureView>): Promise<CitationInput> {
  const [site, units] = await Promise.all([
    perLocale((locale) => getTranslations({ locale, namespace: 'Site' })),
    perLocale((locale) => getTranslations({ locale, namespace: 'Units' })),
  ]);
  return citationInputOf(views, {
    origin: siteUrl(),
    portal: byLocale((l) => `${site[l]('name')} (${site[l]('tagline')})`),
    unitWord: (unit: Unit, l: Locale) => units[l](unit),
  });
}

/** "Cite this" for the observation a figure (or one of its versions) shows. */
export async function FigureCitation({ views, locale }: { views: Record<Locale, FigureView>; locale: Locale }) {
  const t = await getTranslations('Cite');
  return (
    <div>
      <p className="mb-4 max-w-3xl text-muted">{t('lead')}</p>
      <CiteThis
        input={await citationInput(views)}
        locale={locale}
        renderedAt={new Date().toISOString()}
        labels={{
          styles: { newsroom: t('styles.newsroom'), apa: t('styles.apa'), bibtex: t('styles.bibtex'), csl: t('styles.csl') },
          languages: byLocale((l) => t(`languages.${l}`)),
          copy: t('copy'),
          copied: t('copied'),
        }}
      />
    </div>
  );
}
