import '../globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { directionOf, isLocale, locales, localeInfo } from '@/lib/i18n/locales';
import { DEFAULT_DIGITS } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { arabicFontHref } from '@/lib/font-files';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { DemoBanner } from '@/components/layout/DemoBanner';
import { isSyntheticDataset } from '@/lib/data/synthetic';
// A fixed inline script: the staff pages' policy lists its hash.
import { digitsScript } from '@/lib/security/inline-scripts';

// Pages are prerendered; this refreshes them at least every minute, whatever changed the data.
export const revalidate = 60;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Site');
  const synthetic = await isSyntheticDataset();
  // Only Arabic-script pages use the web font; fetched beside the stylesheet, Arabic text does not swap late.
  if (localeInfo(locale).script === 'Arab') preload(arabicFontHref, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });

  return (
    <html lang={locale} dir={directionOf(locale)} data-digits={DEFAULT_DIGITS} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: digitsScript }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-paper text-ink antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
          {t('skipToContent')}
        </a>
        {synthetic ? <DemoBanner /> : null}
        {/* No client-side intl provider: client components get their words as props, which keeps pages light. */}
        <SiteHeader locale={locale} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
