'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/locales';

const other: Record<Locale, { locale: Locale; name: string }> = {
  ar: { locale: 'en', name: 'English' },
  en: { locale: 'ar', name: 'العربية' },
};

/** Links to the same page in the other language (works without JavaScript: rendered on the server). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const target = other[locale];
  const rest = pathname.replace(/^\/(ar|en)(?=\/|$)/, '');
  return (
    <a
      href={`/${target.locale}${rest}`}
      hrefLang={target.locale}
      className="inline-flex min-h-11 items-center rounded-full border border-control px-3 text-sm text-ink no-underline hover:border-brand hover:text-brand sm:min-h-8"
    >
      <span lang={target.locale}>{target.name}</span>
      <span className="sr-only">: {label}</span>
    </a>
  );
}
