import { getTranslations } from 'next-intl/server';
import type { FigureView, ObservationView } from '@/lib/data/types';
import { formatDate, formatNumber, type Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { ExactValue } from './ExactValue';
import { cardTable as c } from './table-classes';

/** When an observation's value holds: its date, or its period when the source gives a start. */
function when(o: ObservationView, locale: Locale, digits: Digits): string {
  const end = formatDate(o.asOf, locale, o.asOfPrecision, digits);
  return o.periodStart ? `${formatDate(o.periodStart, locale, o.asOfPrecision === 'year' ? 'year' : 'month', digits)} – ${end}` : end;
}

/**
 * A figure's values as staff see them, newest date last, with the two things a person can do: correct a value that was
 * recorded wrongly, or add a new value from a new report.
 */
export async function ObservationList({ figure, open, locale }: { figure: FigureView; open: { byNumber: Map<number, number>; adding: number }; locale: Locale }) {
  const t = await getTranslations('ObservationList');
  const base = `/admin/figures/${figure.slug}/observations`;
  return (
    <section aria-labelledby="observations-heading" className="mt-2">
      <h2 id="observations-heading" className="text-xl font-bold">{t('title')}</h2>
      <p className="mt-1 max-w-3xl text-muted">{t('lead')}</p>
      <div className={`${c.wrap} mt-3`}>
        <table className={`${c.table} md:min-w-[44rem]`} data-testid="observations">
          <caption className="sr-only">{t('title')}</caption>
          <thead className={c.thead}>
            <tr className="border-b border-line">
              {[t('number'), t('date'), t('value'), t('source'), t('openChanges')].map((h) => <th key={h} scope="col" className={c.th}>{h}</th>)}
              <th scope="col" className="py-2 text-start"><span className="sr-only">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody className={c.tbody}>
            {figure.observations.map((o) => (
              <tr key={o.number} id={`observation-${o.number}`} className={c.row} data-observation={o.number}>
                <th scope="row" className={`${c.head} font-semibold`}>
                  <span className="md:hidden">{t('number')} </span><Num locale={locale} format={(d) => formatNumber(o.number, locale, d)} />
                  {o.number === figure.observation.number ? <span className="ms-1 text-xs font-normal text-muted md:block">{t('headline')}</span> : null}
                </th>
                <td className={c.cell} data-label={t('date')}><Num locale={locale} format={(d) => when(o, locale, d)} /></td>
                <td className={c.cell} data-label={t('value')}>
                  <div className="min-w-0">
                    <ExactValue value={o.value} unit={figure.unit} locale={locale} />
                    {!o.quoteStatesValue && !o.valueNote ? <span className="mt-1 block font-semibold text-red-800 dark:text-red-300">{t('notInQuote')}</span> : null}
                    {o.revision > 1 ? <span className="mt-1 block text-xs text-muted"><Num locale={locale} format={(d) => t('corrected', { count: o.revision - 1, n: formatNumber(o.revision - 1, locale, d) })} /></span> : null}
                  </div>
                </td>
                <td className={c.cell} data-label={t('source')}>
                  <div className="min-w-0">
                    <Link href={`/admin/sources/${o.source.slug}`} className="underline" dir="auto">{o.source.workTitle ?? o.source.title}</Link>
                    {o.locator ? <span className="block text-xs text-muted" dir="auto">{o.locator}</span> : null}
                  </div>
                </td>
                <td className={c.cell} data-label={t('openChanges')}><Num locale={locale} format={(d) => formatNumber(open.byNumber.get(o.number) ?? 0, locale, d)} /></td>
                <td className="block pt-1 md:table-cell md:py-2">
                  <Link href={`${base}/${o.number}`} className="font-semibold text-brand underline">{t('correct')}<span className="sr-only"> <Num locale={locale} format={(d) => formatNumber(o.number, locale, d)} /></span></Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <p className="rounded-2xl border border-line bg-surface p-4 text-sm">
          <strong className="block text-base">{t('correct')}</strong>
          {t('correctExplain')}
        </p>
        <div className="rounded-2xl border border-brand bg-surface p-4 text-sm">
          <Link href={`${base}/new`} className="inline-block rounded-full bg-brand px-5 py-2 text-base font-semibold text-brand-ink">{t('add')}</Link>
          <p className="mt-2">{t('addExplain')}</p>
          {open.adding > 0 ? <p className="mt-1 font-semibold"><Num locale={locale} format={(d) => t('openAdding', { count: open.adding, n: formatNumber(open.adding, locale, d) })} /></p> : null}
        </div>
      </div>
    </section>
  );
}
