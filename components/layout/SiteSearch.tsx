import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** A plain GET form to the results page: works with no JavaScript and adds none to the page. */
export async function SiteSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations('SearchBox');
  return (
    <form role="search" aria-label={t('label')} action={`/${locale}/search`} method="get" className="flex items-center gap-1.5">
      <label htmlFor="site-search" className="sr-only">{t('label')}</label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder={t('placeholder')}
        className="w-44 rounded-full border border-line bg-paper px-3 py-1 text-ink placeholder:text-muted sm:w-60"
      />
      <button type="submit" className="rounded-full bg-brand px-3 py-1 font-semibold text-brand-ink">{t('submit')}</button>
    </form>
  );
}
