import { getTranslations } from 'next-intl/server';
import { directionOf, type Locale } from '@/lib/i18n/locales';

/** The source's own words, verbatim in its language; pages in another language add the portal's translation, marked as such. */
export async function Quote({ text, translation, language, locale }: { text: string; translation: string | null; language: Locale; locale: Locale }) {
  const t = await getTranslations('Quote');
  return (
    <figure className="border-s-4 border-brand bg-brand-soft/50 px-4 py-3">
      <blockquote lang={language} dir={directionOf(language)} className="text-lg leading-loose">
        «{text}»
      </blockquote>
      {locale !== language && translation ? (
        <figcaption className="mt-2 text-sm text-muted">
          <span className="font-semibold">{t('translation')}</span> {translation}
        </figcaption>
      ) : null}
    </figure>
  );
}
