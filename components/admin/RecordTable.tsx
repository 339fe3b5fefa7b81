import { getTranslations } from 'next-intl/server';
import type { RecordRow } from '@/lib/data/staff-records';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';

/** Records staff can change: a link to propose a change, its public page, and how many changes are open. */
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
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pe-3 text-start">{t('name')}</th>
            <th scope="col" className="py-2 pe-3 text-start">{detailLabel}</th>
            {showVersion ? <th scope="col" className="py-2 pe-3 text-start">{t('version')}</th> : null}
            <th scope="col" className="py-2 pe-3 text-start">{t('openChanges')}</th>
            <th scope="col" className="py-2 text-start"><span className="sr-only">{t('viewPublic')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-b border-line/60 align-top" data-record={r.slug}>
              <th scope="row" className="py-2 pe-3 text-start font-normal">
                <Link href={`${base}/${r.slug}`} className="font-semibold text-brand underline">{r.label}</Link>
                <span className="sr-only"> — {t('edit')}</span>
              </th>
              <td className="py-2 pe-3" dir="auto">
                <span className="font-semibold">{r.detail}</span>
                {r.exact ? <span className="ms-2 tabular-nums text-muted">({r.exact})</span> : null}
              </td>
              {showVersion ? <td className="py-2 pe-3">{formatNumber(r.version, locale)}</td> : null}
              <td className="py-2 pe-3">{formatNumber(r.openChanges, locale)}</td>
              <td className="py-2">{publicBase ? <Link href={`${publicBase}/${r.slug}`} className="underline">{t('viewPublic')}</Link> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
