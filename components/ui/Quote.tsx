import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** The source's own words, verbatim in Arabic; English pages add the portal's translation, marked as such. */
export async function Quote({ text, translation, locale }: { text: string; translation: string | null; locale: Locale }) {
  const t = await getTranslations('Quote');
  return (
    <figure className="border-s-4 border-brand bg-brand-soft/50 px-4 py-3">
      <blockquote lang="ar" dir="rtl" className="text-lg leading-loose">
        «{text}»
      </blockquote>
      {locale !== 'ar' && translation ? (
        <figcaption className="mt-2 text-sm text-muted">
          <span className="font-semibold">{t('translation')}</span> {translation}
        </figcaption>
      ) : null}
    </figure>
  );
}
