import '../../globals.css';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { directionOf, isLocale, locales } from '@/lib/i18n/locales';
import { DEFAULT_DIGITS } from '@/lib/format';
import { EMBED_HEIGHT_MESSAGE } from '@/components/embed/embed-size';

// New versions render on first request; the latest-value embeds refresh at least every minute.
export const revalidate = 60;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

// Tells the framing page this embed's height, on load and whenever it changes; the snippet's script resizes the frame.
const heightScript = `(function(){if(window.parent===window)return;var last=-1;function post(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h===last)return;last=h;window.parent.postMessage({type:'${EMBED_HEIGHT_MESSAGE}',id:location.href,height:h},'*');}post();if(window.ResizeObserver)new ResizeObserver(post).observe(document.body);window.addEventListener('load',post);window.addEventListener('resize',post);})();`;

const digitsScript = `(function(){try{var v=localStorage.getItem('digits');if(v==='arab'||v==='latn')document.documentElement.dataset.digits=v;}catch(e){}})();`;

/** Embeds: no site chrome, just the card or chart with its source line and a link back. */
export default async function EmbedLayout({ children, params }: LayoutProps<'/embed/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={directionOf(locale)} data-digits={DEFAULT_DIGITS} suppressHydrationWarning>
      <head>
        <meta name="robots" content="noindex" />
        <script dangerouslySetInnerHTML={{ __html: digitsScript }} />
      </head>
      <body className="bg-surface text-ink">
        <main className="p-3">{children}</main>
        <script dangerouslySetInnerHTML={{ __html: heightScript }} />
      </body>
    </html>
  );
}
