import { getTranslations } from 'next-intl/server';
import type { FigureView, ObservationView } from '@/lib/data/types';
import { formatDate, formatNumber, type Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { ArchiveLink } from './ArchiveLink';
import { FigureValue } from './FigureValue';
import { ValueCheck } from './ValueCheck';
import { tap } from '@/components/ui/tap';

type T = Awaited<ReturnType<typeof getTranslations<'Observations'>>>;

/** "2024", or "January 2024 to March 2024" when the value covers a period that its precision can tell apart. */
export function observationWhen(o: Pick<ObservationView, 'asOf' | 'asOfPrecision' | 'periodStart'>, locale: Locale, d: Digits, t: T): string {
  const end = formatDate(o.asOf, locale, o.asOfPrecision, d);
  const start = o.periodStart ? formatDate(o.periodStart, locale, o.asOfPrecision, d) : null;
  return start && start !== end ? t('period', { start, end }) : end;
}

/**
 * Every value of a figure, each with its own date, source (and the portal's copy of it), place in the source,
 * verbatim quote and correction count. Each row is the permanent anchor #observation-<n>.
 */
export async function ObservationTable({ figure, locale }: { figure: FigureView; locale: Locale }) {
  const [t, m] = await Promise.all([getTranslations('Observations'), getTranslations('Measures')]);
  const head = figure.observation.number;
  const cols = ['date', 'value', 'measure', 'source', 'locator', 'quote', 'revision'] as const;
  return (
    // On a phone each observation reads as a card (cells stacked, each with its column name); from md up, a table.
    <div className="md:overflow-x-auto">
      <table className="w-full border-collapse text-sm md:min-w-[56rem]" data-testid="observations">
        <caption className="sr-only">{t('caption', { label: figure.label })}</caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-line">
            {cols.map((c) => <th key={c} scope="col" className="py-2 pe-3 text-start font-semibold">{t(`columns.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {figure.observations.map((o) => (
            <tr key={o.number} id={`observation-${o.number}`} className="block scroll-mt-20 border-b border-line/60 py-2 align-top target:bg-brand-soft/60 md:table-row md:py-0" data-observation={o.number}>
              <th scope="row" className="block py-1 pe-3 text-start font-normal md:table-cell md:py-3">
                <a href={`#observation-${o.number}`} className={`${tap} text-muted underline`}>{t('number', { n: o.number })}</a>
                <span className="block font-semibold"><Num locale={locale} format={(d) => observationWhen(o, locale, d, t)} /></span>
                {o.number === head ? <span className="mt-1 block"><Badge>{t('headline')}</Badge></span> : null}
              </th>
              <td data-label={t('columns.value')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 md:py-3 pe-3">
                <span className="block text-base font-bold"><FigureValue value={o.value} unit={figure.unit} locale={locale} /></span>
                <span className="block tabular-nums text-muted"><Num locale={locale} format={(d) => formatNumber(o.value, locale, d)} /></span>
                <div className="mt-1"><ValueCheck observation={o} compact /></div>
              </td>
              <td data-label={t('columns.measure')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 md:py-3 pe-3"><Badge>{m(figure.measure)}</Badge></td>
              <td data-label={t('columns.source')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 md:py-3 pe-3">
                <SourceCell observation={o} locale={locale} t={t} />
              </td>
              <td data-label={t('columns.locator')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 md:py-3 pe-3" dir="auto">{o.locator ?? <span className="text-muted">{t('noLocator')}</span>}</td>
              <td data-label={t('columns.quote')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none md:min-w-64 py-1 md:py-3 pe-3">
                <blockquote lang={o.source.language} dir="auto" className="border-s-2 border-brand ps-2 leading-relaxed">«{o.quote}»</blockquote>
                {locale !== o.source.language && o.quoteTranslation ? (
                  <p className="mt-1 text-muted" lang={locale}><span className="font-semibold">{t('translation')}</span> {o.quoteTranslation}</p>
                ) : null}
              </td>
              <td data-label={t('columns.revision')} className="block before:mb-0.5 before:block before:text-xs before:font-semibold before:text-muted before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 md:py-3">
                {o.revision > 1 ? (
                  <Link href={`/figures/${figure.slug}#history-heading`} className="text-brand underline">{t('corrected', { count: o.revision - 1 })}</Link>
                ) : (
                  <span className="text-muted">{t('notCorrected')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function SourceCell({ observation: o, locale, t }: { observation: ObservationView; locale: Locale; t: T }) {
  const s = o.source;
  const by = s.author ?? s.origin ?? s.publisher;
  return (
    <div className="space-y-1" data-source={s.slug}>
      <p dir="auto" className="font-semibold">{s.workTitle ?? s.title}</p>
      <p className="text-muted">{by === s.publisher ? s.publisher : t('byAndPublisher', { by, publisher: s.publisher })}</p>
      {s.url ? <a href={s.url} rel="noopener noreferrer" className="text-brand underline">{t('original')}</a> : null}
      {s.archive ? <p><ArchiveLink archive={s.archive} locale={locale} /></p> : null}
    </div>
  );
}
