import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-6xl font-bold text-brand" aria-hidden="true">404</p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg text-muted">{t('body')}</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand underline">{t('home')}</Link>
    </div>
  );
}
