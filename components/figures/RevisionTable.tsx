import { getTranslations } from 'next-intl/server';
import { formatDate, formatNumber, type DatePrecision } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Unit } from '@/lib/vocabulary';
import type { RevisionView } from '@/lib/data/figures';
import { Num } from '@/components/ui/Num';

/** Every value the figure has had, newest first, with the reason recorded for it. */
export async function RevisionTable({ revisions, unit, locale }: { revisions: RevisionView[]; unit: Unit; locale: Locale }) {
  const t = await getTranslations('FigurePage');
  const tu = await getTranslations('Units');
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{t('historyTitle')}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 text-start">{t('version')}</th>
            <th scope="col" className="py-2 text-start">{t('value')}</th>
            <th scope="col" className="py-2 text-start">{t('asOf')}</th>
            <th scope="col" className="py-2 text-start">{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.version} className="border-b border-line/60 align-top">
              <td className="py-2"><Num locale={locale} format={(d) => formatNumber(r.version, locale, d)} /></td>
              <td className="py-2 tabular-nums">
                <Num locale={locale} format={(d) => formatNumber(r.value, locale, d)} /> {unit === 'EGP' ? tu('EGPword') : tu(unit)}
              </td>
              <td className="py-2"><Num locale={locale} format={(d) => formatDate(r.asOf, locale, r.asOfPrecision as DatePrecision, d)} /></td>
              <td className="py-2" dir="auto">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
