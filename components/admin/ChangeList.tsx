import { getTranslations } from 'next-intl/server';
import type { ChangeSummary } from '@/lib/data/changes/queries';
import { formatDate, formatNumber, type Digits } from '@/lib/format';
import { type Locale, isLocale, localizedKey } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { nameFieldOf } from '@/lib/records/kinds';
import { parseObservationKey } from '@/lib/records/observation';
import { Num } from '@/components/ui/Num';
import { formatRecordNumber } from './record-number';
import { StatusBadge } from './StatusBadge';
import { cardTable as c } from './table-classes';

/** A change's record as its pages name it: the observation it is about, or a new source's title from the draft itself. */
export function changeName(change: { entityType: string; entitySlug: string; entityLabel: string; payload: Record<string, unknown> }, locale: string, t: Parameters<typeof observationLabel>[1], digits?: Digits): string {
  if (change.entityType === 'observation') return `${change.entityLabel} · ${observationLabel(change.entitySlug, t, locale, digits)}`;
  // A record not published yet has no name in the database: its draft's own name says what it will be.
  const field = nameFieldOf[change.entityType as keyof typeof nameFieldOf];
  const name = field && isLocale(locale) ? change.payload[localizedKey(field, locale)] : undefined;
  return change.entityLabel === change.entitySlug && typeof name === 'string' && name ? name : change.entityLabel;
}

/** Which observation a change is about: "value 2", or "new value" (the number in the reader's digits). */
export function observationLabel(entitySlug: string, t: (key: 'observationNumber' | 'observationNew', values?: { n: string }) => string, locale?: string, digits?: Digits): string {
  const { number } = parseObservationKey(entitySlug);
  return number === null ? t('observationNew') : t('observationNumber', { n: locale && isLocale(locale) ? formatRecordNumber(number, locale, digits) : String(number) });
}

/** A table of changes, each linking to its review page; on a phone each change reads as a card. */
export async function ChangeList({ changes, locale, caption }: { changes: ChangeSummary[]; locale: Locale; caption: string }) {
  const t = await getTranslations('Changes');
  if (changes.length === 0) return <p className="text-muted">{t('none')}</p>;
  const heads = { type: t('type'), status: t('status'), author: t('author'), updated: t('updated') };
  return (
    <div className={c.wrap}>
      <p className="mb-1 text-sm text-muted" data-testid="change-count" data-count={changes.length}>
        <Num locale={locale} format={(d) => t('count', { count: changes.length, n: formatNumber(changes.length, locale, d) })} />
      </p>
      <table className={`${c.table} md:min-w-[40rem]`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={c.thead}>
          <tr className="border-b border-line">
            {[t('record'), ...Object.values(heads)].map((h) => <th key={h} scope="col" className={c.th}>{h}</th>)}
          </tr>
        </thead>
        <tbody className={c.tbody}>
          {changes.map((ch) => (
            <tr key={ch.id} className={c.row} data-change={ch.id}>
              <th scope="row" className={`${c.head} font-normal`}>
                <Link href={`/admin/changes/${ch.id}`} className="font-semibold text-brand underline">
                  <bdi>#<Num locale={locale} format={(d) => formatRecordNumber(ch.id, locale, d)} /></bdi> · {ch.entityLabel}{ch.entityType === 'observation' ? <> · <Num locale={locale} format={(d) => observationLabel(ch.entitySlug, t, locale, d)} /></> : ''}
                </Link>
                <p className="text-muted" dir="auto">{ch.reason}</p>
              </th>
              <td className={c.cell} data-label={heads.type}>{t(`entityTypes.${ch.entityType}`)}</td>
              <td className={c.cell} data-label={heads.status}><div><StatusBadge status={ch.status} /></div></td>
              <td className={c.cell} data-label={heads.author}><bdi dir="ltr" className="min-w-0 break-all">{ch.authorEmail}</bdi></td>
              <td className={c.cell} data-label={heads.updated}><Num locale={locale} format={(d) => formatDate(ch.updatedAt, locale, 'day', d)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
