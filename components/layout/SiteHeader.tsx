import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitch } from './LanguageSwitch';
import { DigitsSwitch } from './DigitsSwitch';
import { SiteSearch } from './SiteSearch';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations('Nav');
  const site = await getTranslations('Site');
  const digits = await getTranslations('DigitsSwitch');
  const check = await getTranslations('Check');
  const links = [
    { href: '/', label: t('home') },
    { href: '/figures', label: t('figures') },
    { href: '/initiatives', label: t('initiatives') },
    { href: '/check', label: check('nav') },
    { href: '/changelog', label: t('changelog') },
    { href: '/data', label: t('data') },
    { href: '/governorates', label: t('governorates') },
    { href: '/about', label: t('about') },
  ] as const;

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="text-2xl font-bold text-brand">{site('name')}</span>
          <span className="hidden text-sm text-muted sm:inline">{site('tagline')}</span>
        </Link>
        <nav aria-label={t('label')} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-ink underline-offset-4 hover:text-brand hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ms-auto flex flex-wrap items-center gap-3 text-sm">
          <SiteSearch locale={locale} />
          {locale === 'ar' ? <DigitsSwitch labels={{ label: digits('label'), latn: digits('latn'), arab: digits('arab') }} /> : null}
          <LanguageSwitch locale={locale} label={t('switchLanguage')} />
        </div>
      </div>
    </header>
  );
}
