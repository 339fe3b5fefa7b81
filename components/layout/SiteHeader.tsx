import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitch } from './LanguageSwitch';
import { DigitsSwitch } from './DigitsSwitch';
import { SiteMenu } from './SiteMenu';
import { SiteSearch } from './SiteSearch';
import { offersDigitChoice } from '@/lib/format';

/** One row on a phone (name, language, menu); from 640 px up the links and tools show in the header itself. */
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
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2 sm:gap-x-6">
        <Link href="/" className="me-auto flex items-baseline gap-2 no-underline">
          <span className="text-xl font-bold text-brand sm:text-2xl">{site('name')}</span>
          <span className="hidden text-sm text-muted sm:inline">{site('tagline')}</span>
        </Link>
        <LanguageSwitch locale={locale} label={t('switchLanguage')} />
        <SiteMenu label={t('menu')}>
          <nav aria-label={t('label')}>
            <ul className="grid grid-cols-2 gap-x-4 text-base sm:flex sm:flex-wrap sm:gap-x-5 sm:gap-y-0">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="flex min-h-11 items-center text-ink underline-offset-4 hover:text-brand hover:underline sm:min-h-8">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-line pt-4 text-sm sm:ms-auto sm:mt-0 sm:border-0 sm:pt-0">
            <SiteSearch locale={locale} />
            {offersDigitChoice(locale) ? <DigitsSwitch labels={{ label: digits('label'), latn: digits('latn'), arab: digits('arab') }} /> : null}
          </div>
        </SiteMenu>
      </div>
    </header>
  );
}
