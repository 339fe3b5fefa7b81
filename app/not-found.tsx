import './globals.css';
import { allMessages } from '@/lib/i18n/messages';
import { defaultLocale, directionOf, otherLocales } from '@/lib/i18n/locales';

// Reached only for paths outside any locale; says it in every language, the default first.
export default function GlobalNotFound() {
  const first = allMessages[defaultLocale].NotFound;
  return (
    <html lang={defaultLocale} dir={directionOf(defaultLocale)}>
      <body className="bg-paper text-ink">
        <main className="mx-auto max-w-2xl px-4 py-16 text-center">
          <h1 className="text-3xl font-bold">{first.title}</h1>
          <p className="mt-3 text-muted">{first.body}</p>
          <a className="mt-4 inline-block text-brand underline" href={`/${defaultLocale}`}>{first.home}</a>
          {otherLocales(defaultLocale).map((locale) => {
            const t = allMessages[locale].NotFound;
            return (
              <div key={locale} lang={locale} dir={directionOf(locale)} className="mt-12 border-t border-line pt-8">
                <h2 className="text-2xl font-bold">{t.title}</h2>
                <p className="mt-3 text-muted">{t.body}</p>
                <a className="mt-4 inline-block text-brand underline" href={`/${locale}`}>{t.home}</a>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}
