import { getTranslations } from 'next-intl/server';
import type { ChangeSummary } from '@/lib/data/changes/queries';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from './StatusBadge';

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
                <Link href={`/admin/changes/${c.id}`} className="font-semibold text-brand underline">#{c.id} · {c.entityLabel}</Link>
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
