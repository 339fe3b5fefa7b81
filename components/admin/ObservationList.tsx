import { getTranslations } from 'next-intl/server';
import type { FigureView, ObservationView } from '@/lib/data/types';
import { formatDate, formatNumber, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';

/** When an observation's value holds: its date, or its period when the source gives a start. */
function when(o: ObservationView, locale: Locale): string {
  const end = formatDate(o.asOf, locale, o.asOfPrecision);
  return o.periodStart ? `${formatDate(o.periodStart, locale, o.asOfPrecision === 'year' ? 'year' : 'month')} – ${end}` : end;
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
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="observations">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b border-line">
              {[t('number'), t('date'), t('value'), t('source'), t('openChanges')].map((h) => <th key={h} scope="col" className="py-2 pe-3 text-start">{h}</th>)}
              <th scope="col" className="py-2 text-start"><span className="sr-only">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {figure.observations.map((o) => (
              <tr key={o.number} id={`observation-${o.number}`} className="border-b border-line/60 align-top" data-observation={o.number}>
                <th scope="row" className="py-2 pe-3 text-start font-semibold">
                  {formatNumber(o.number, locale)}
                  {o.number === figure.observation.number ? <span className="ms-1 block text-xs font-normal text-muted">{t('headline')}</span> : null}
                  {/* On a phone the actions column is off-screen: the link sits with the value's number too. */}
                  <Link href={`${base}/${o.number}`} className="mt-1 block text-sm font-normal text-brand underline md:hidden">
                    {t('correct')}<span className="sr-only"> {formatNumber(o.number, locale)}</span>
                  </Link>
                </th>
                <td className="py-2 pe-3">{when(o, locale)}</td>
                <td className="py-2 pe-3">
                  <span className="font-semibold">{formatValue(o.value, figure.unit, locale)}</span>{' '}
                  <span className="tabular-nums text-muted">({formatNumber(o.value, locale)})</span>
                  {!o.quoteStatesValue && !o.valueNote ? <span className="mt-1 block font-semibold text-red-800 dark:text-red-300">{t('notInQuote')}</span> : null}
                  {o.revision > 1 ? <span className="mt-1 block text-xs text-muted">{t('corrected', { count: o.revision - 1 })}</span> : null}
                </td>
                <td className="py-2 pe-3">
                  <Link href={`/admin/sources/${o.source.slug}`} className="underline" dir="auto">{o.source.workTitle ?? o.source.title}</Link>
                  {o.locator ? <span className="block text-xs text-muted" dir="auto">{o.locator}</span> : null}
                </td>
                <td className="py-2 pe-3">{formatNumber(open.byNumber.get(o.number) ?? 0, locale)}</td>
                <td className="py-2">
                  <Link href={`${base}/${o.number}`} className="font-semibold text-brand underline">{t('correct')}<span className="sr-only"> {formatNumber(o.number, locale)}</span></Link>
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
          {open.adding > 0 ? <p className="mt-1 font-semibold">{t('openAdding', { count: formatNumber(open.adding, locale) })}</p> : null}
        </div>
      </div>
    </section>
  );
}
