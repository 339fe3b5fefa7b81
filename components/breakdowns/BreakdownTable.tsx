import { getTranslations } from 'next-intl/server';
import type { BreakdownView } from '@/lib/data/types';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatDisclosed, formatDisclosedExact } from '@/lib/small-count';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { tap } from '@/components/ui/tap';

/** Every value of a breakdown, as published: small counts of people read "fewer than N". */
export async function BreakdownTable({ view, locale, caption }: { view: BreakdownView; locale: Locale; caption: string }) {
  const [t, tu] = await Promise.all([getTranslations('Breakdown'), getTranslations('Units')]);
  const unit = view.figure.unit;
  const unitWord = unit === 'EGP' ? '' : ` ${tu(unit)}`;
  const hasPeriods = view.rows.some((r) => r.periodStart);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="breakdown-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 text-start">{t('governorate')}</th>
            {hasPeriods ? <th scope="col" className="py-2 text-start">{t('periodColumn')}</th> : null}
            <th scope="col" className="py-2 text-start">{t('value')}</th>
            <th scope="col" className="py-2 text-start">{t('exact')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r, i) => (
            <tr key={`${r.governorate?.code}-${i}`} className="border-b border-line/60" data-code={r.governorate?.code}>
              <th scope="row" className="py-2 text-start font-normal">
                {r.governorate ? <Link href={`/governorates/${r.governorate.code}`} className={`${tap} text-brand underline`}>{r.governorate.name}</Link> : '—'}
              </th>
              {hasPeriods ? (
                <td className="py-2">{r.periodStart ? <Num locale={locale} format={(d) => formatDate(r.periodStart!, locale, 'month', d)} /> : '—'}</td>
              ) : null}
              <td className="py-2" data-cell="value">
                <Num locale={locale} format={(d) => formatDisclosed(r.value, unit, locale, d)} />
                {unitWord}
              </td>
              <td className="py-2 tabular-nums">
                <Num locale={locale} format={(d) => formatDisclosedExact(r.value, locale, d)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
