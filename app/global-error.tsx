'use client';

import { useEffect, useState } from 'react';
import { defaultLocale, directionOf, localesFrom, type Locale } from '@/lib/i18n/locales';

type Words = { title: string; body: string; retry: string };
const order = localesFrom(defaultLocale);

// Last resort when the root layout itself fails: every language, words loaded only when it happens.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [words, setWords] = useState<{ locale: Locale; words: Words }[] | null>(null);
  useEffect(() => {
    Promise.all(order.map((locale) => import(`../locales/${locale}.json`).then((m: { default: { ErrorPage: Words } }) => ({ locale, words: m.default.ErrorPage }))))
      .then(setWords)
      .catch(() => undefined);
  }, []);
  const [first, ...rest] = words ?? [];
  return (
    <html lang={defaultLocale} dir={directionOf(defaultLocale)}>
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '4rem 1rem', background: '#faf8f4', color: '#1c2321' }}>
        <h1>{first?.words.title ?? '⚠'}</h1>
        <p>{first?.words.body}</p>
        {rest.map(({ locale, words: w }) => <p key={locale} lang={locale} dir={directionOf(locale)}>{w.title}. {w.body}</p>)}
        <button type="button" onClick={reset}>{words ? words.map((w) => w.words.retry).join(' · ') : '↻'}</button>
      </body>
    </html>
  );
}
