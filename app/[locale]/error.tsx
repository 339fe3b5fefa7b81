'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg text-muted">{t('body')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">
        {t('retry')}
      </button>
    </div>
  );
}
