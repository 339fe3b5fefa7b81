import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { tap } from '@/components/ui/tap';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations('Footer');
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <p>{t('about')}</p>
        <div className="space-y-2 sm:text-end">
          <p>{t('license')}</p>
          <p>
            <Link href="/about" locale={locale} className={`${tap} text-brand underline`}>
              {t('methodology')}
            </Link>
          </p>
          <p>
            <Link href="/admin" locale={locale} prefetch={false} rel="nofollow" className={`${tap} text-muted underline`}>
              {t('staffSignIn')}
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
