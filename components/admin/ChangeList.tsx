import { getTranslations } from 'next-intl/server';
import type { ChangeSummary } from '@/lib/data/changes/queries';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { parseObservationKey } from '@/lib/validation/observation';
import { StatusBadge } from './StatusBadge';

/** A change's record as its pages name it: the observation it is about, or a new source's title from the draft itself. */
export function changeName(change: { entityType: string; entitySlug: string; entityLabel: string; payload: Record<string, unknown> }, locale: string, t: Parameters<typeof observationLabel>[1]): string {
  if (change.entityType === 'observation') return `${change.entityLabel} · ${observationLabel(change.entitySlug, t)}`;
  const title = change.payload[locale === 'ar' ? 'titleAr' : 'titleEn'];
  return change.entityType === 'source' && change.entityLabel === change.entitySlug && typeof title === 'string' ? title : change.entityLabel;
}

/** Which observation a change is about: "value 2", or "new value". */
export function observationLabel(entitySlug: string, t: (key: 'observationNumber' | 'observationNew', values?: { n: string }) => string): string {
  const { number } = parseObservationKey(entitySlug);
  return number === null ? t('observationNew') : t('observationNumber', { n: String(number) });
}

/** A table of changes, each linking to its review page. */
export async function ChangeList({ changes, locale, caption }: { changes: ChangeSummary[]; locale: Locale; caption: string }) {
  const t = await getTranslations('Changes');
  if (changes.length === 0) return <p className="text-muted">{t('none')}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {[t('record'), t('type'), t('status'), t('author'), t('updated')].map((h) => <th key={h} scope="col" className="py-2 pe-3 text-start">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} className="border-b border-line/60 align-top" data-change={c.id}>
              <th scope="row" className="py-2 pe-3 text-start font-normal">
                <Link href={`/admin/changes/${c.id}`} className="font-semibold text-brand underline">#{c.id} · {c.entityLabel}{c.entityType === 'observation' ? ` · ${observationLabel(c.entitySlug, t)}` : ''}</Link>
                <p className="text-muted" dir="auto">{c.reason}</p>
              </th>
              <td className="py-2 pe-3">{t(`entityTypes.${c.entityType}`)}</td>
              <td className="py-2 pe-3"><StatusBadge status={c.status} /></td>
              <td className="py-2 pe-3"><bdi>{c.authorEmail}</bdi></td>
              <td className="py-2 pe-3">{formatDate(c.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
