import { getTranslations } from 'next-intl/server';
import { listChanges } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import type { EntityType } from '@/lib/validation/change';
import { ChangeList } from './ChangeList';

const open = ['draft', 'in_review', 'rejected'] as const;

/**
 * Points to the open change of a record (a second one is refused when saved). A figure's page also lists the open
 * changes to its observations (`<figure>/<n|new>`), each of which is a record of its own.
 */
export async function OpenChanges({ entityType, slug, locale }: { entityType: EntityType; slug: string; locale: Locale }) {
  const [own, observations] = await Promise.all([
    listChanges(locale, { entityType, entitySlug: slug, status: [...open] }),
    entityType === 'figure' ? listChanges(locale, { entityType: 'observation', status: [...open] }) : [],
  ]);
  const changes = [...own, ...observations.filter((c) => c.entitySlug.startsWith(`${slug}/`))];
  if (changes.length === 0) return null;
  const t = await getTranslations('Records');
  return (
    <aside aria-labelledby="open-changes" className="mb-6 rounded-2xl border border-calc bg-calc-soft/50 p-4">
      <h2 id="open-changes" className="mb-2 font-bold">{t('openChangesNotice')}</h2>
      <ChangeList changes={changes} locale={locale} caption={t('openChangesNotice')} />
    </aside>
  );
}
