import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listChanges } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { ChangeList } from '@/components/admin/ChangeList';

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, review, drafts, published] = await Promise.all([
    getTranslations('Dashboard'),
    listChanges(locale, { status: ['in_review'] }),
    listChanges(locale, { status: ['draft', 'rejected'] }),
    listChanges(locale, { status: ['published'], take: 10 }),
  ]);
  const sections = [
    { id: 'review', title: t('inReview'), changes: review },
    { id: 'drafts', title: `${t('drafts')} · ${t('rejected')}`, changes: drafts },
    { id: 'published', title: t('published'), changes: published },
  ];
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')}>
        <p className="mt-2 text-sm text-muted">{t('start')}</p>
      </AdminHeader>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`${s.id}-heading`} className="mt-6">
          <h2 id={`${s.id}-heading`} className="mb-3 text-xl font-bold">{s.title}</h2>
          <ChangeList changes={s.changes} locale={locale} caption={s.title} />
        </section>
      ))}
    </>
  );
}
