import { getTranslations } from 'next-intl/server';
import { listChanges } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import type { EntityType } from '@/lib/validation/change';
import { ChangeList } from './ChangeList';

/** Warns before starting a second change on a record that already has open ones. */
export async function OpenChanges({ entityType, slug, locale }: { entityType: EntityType; slug: string; locale: Locale }) {
  const changes = await listChanges(locale, { entityType, entitySlug: slug, status: ['draft', 'in_review', 'rejected'] });
  if (changes.length === 0) return null;
  const t = await getTranslations('Records');
  return (
    <aside aria-labelledby="open-changes" className="mb-6 rounded-2xl border border-calc bg-calc-soft/50 p-4">
      <h2 id="open-changes" className="mb-2 font-bold">{t('openChangesNotice')}</h2>
      <ChangeList changes={changes} locale={locale} caption={t('openChangesNotice')} />
    </aside>
  );
}
