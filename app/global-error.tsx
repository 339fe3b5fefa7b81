'use client';

import { useEffect, useState } from 'react';

type Words = { title: string; body: string; retry: string };

// Last resort when the root layout itself fails: both languages, words loaded only when it happens.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [words, setWords] = useState<{ ar: Words; en: Words } | null>(null);
  useEffect(() => {
    Promise.all([import('../locales/ar.json'), import('../locales/en.json')])
      .then(([ar, en]) => setWords({ ar: ar.default.ErrorPage, en: en.default.ErrorPage }))
      .catch(() => undefined);
  }, []);
  return (
    <html lang="ar" dir="rtl">
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '4rem 1rem', background: '#faf8f4', color: '#1c2321' }}>
        <h1>{words?.ar.title ?? '⚠'}</h1>
        <p>{words?.ar.body}</p>
        {words ? <p lang="en" dir="ltr">{words.en.title}. {words.en.body}</p> : null}
        <button type="button" onClick={reset}>{words ? `${words.ar.retry} · ${words.en.retry}` : '↻'}</button>
      </body>
    </html>
  );
}
