import { getTranslations } from 'next-intl/server';
import type { RecordRow } from '@/lib/data/staff-records';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { ExactValue } from './ExactValue';
import { cardTable as c } from './table-classes';

/**
 * Records staff can change: a link to propose a change, its public page, and how many changes are open. A figure's
 * value and its version sit in cells of their own, each under its header, so their digits never read as one number.
 */
export async function RecordTable({ rows, base, publicBase, detailLabel, showVersion, locale, caption }: {
  rows: RecordRow[];
  /** e.g. /admin/figures */
  base: string;
  /** e.g. /figures; null for records without a public page of their own. */
  publicBase: string | null;
  detailLabel: string;
  showVersion?: boolean;
  locale: Locale;
  caption: string;
}) {
  const t = await getTranslations('Records');
  return (
    <div className={c.wrap}>
      <table className={`${c.table} md:min-w-[40rem]`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={c.thead}>
          <tr className="border-b border-line">
            <th scope="col" className={c.th}>{t('name')}</th>
            <th scope="col" className={c.th}>{detailLabel}</th>
            {showVersion ? <th scope="col" className={c.th}>{t('version')}</th> : null}
            <th scope="col" className={c.th}>{t('openChanges')}</th>
            <th scope="col" className="py-2 text-start"><span className="sr-only">{t('viewPublic')}</span></th>
          </tr>
        </thead>
        <tbody className={c.tbody}>
          {rows.map((r) => (
            <tr key={r.slug} className={c.row} data-record={r.slug}>
              <th scope="row" className={`${c.head} font-normal`}>
                <Link href={`${base}/${r.slug}`} className="font-semibold text-brand underline">{r.label}</Link>
                <span className="sr-only"> — {t('edit')}</span>
              </th>
              <td className={c.cell} data-label={detailLabel} data-cell="detail">
                <div className="min-w-0">
                  {r.value !== undefined ? <ExactValue value={r.value} unit={r.unit ?? null} locale={locale} /> : <bdi className="font-semibold">{r.detail}</bdi>}
                </div>
              </td>
              {showVersion ? (
                <td className="block py-0.5 tabular-nums md:table-cell md:py-2 md:pe-4" data-cell="version">
                  <Num locale={locale} format={(d) => t('versionN', { n: formatNumber(r.version, locale, d) })} />
                </td>
              ) : null}
              <td className={`${c.cell} tabular-nums`} data-label={t('openChanges')} data-cell="open">
                <Num locale={locale} format={(d) => formatNumber(r.openChanges, locale, d)} />
              </td>
              <td className="block py-1 md:table-cell md:py-2">
                {publicBase ? <Link href={`${publicBase}/${r.slug}`} className="underline">{t('viewPublic')}</Link> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
