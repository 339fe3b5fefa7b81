'use client';

import { usePathname } from 'next/navigation';
import { localeInfo, otherLocales, stripLocale, type Locale } from '@/lib/i18n/locales';

/** Links to the same page in each other language (works without JavaScript: rendered on the server). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = stripLocale(pathname);
  return (
    <>
      {otherLocales(locale).map((target) => (
        <a
          key={target}
          href={`/${target}${rest}`}
          hrefLang={target}
          className="inline-flex min-h-11 items-center rounded-full border border-control px-3 text-sm text-ink no-underline hover:border-brand hover:text-brand sm:min-h-8"
        >
          <span lang={target}>{localeInfo(target).name}</span>
          <span className="sr-only">: {label}</span>
        </a>
      ))}
    </>
  );
}
