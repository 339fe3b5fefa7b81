import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** A plain GET form to the results page: works with no JavaScript and adds none to the page. */
export async function SiteSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations('SearchBox');
  return (
    <form role="search" aria-label={t('label')} action={`/${locale}/search`} method="get" className="flex w-full items-center gap-1.5 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">{t('label')}</label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder={t('placeholder')}
        className="min-h-11 min-w-0 flex-1 rounded-full border border-line bg-paper px-3 py-1 text-ink placeholder:text-muted sm:min-h-8 sm:w-60 sm:flex-none"
      />
      <button type="submit" className="min-h-11 rounded-full bg-brand px-4 py-1 font-semibold text-brand-ink sm:min-h-8 sm:px-3">{t('submit')}</button>
    </form>
  );
}
