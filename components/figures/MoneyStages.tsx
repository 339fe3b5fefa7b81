import { Fragment, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { MoneyView, PartsCheck, StageView } from '@/lib/data/money';
import { formatDate, formatMoney, formatNumber, formatPercent, type Digits } from '@/lib/format';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { sourceAttribution } from './SourceLine';
import { tap } from '@/components/ui/tap';

type T = Awaited<ReturnType<typeof getTranslations<'MoneyStages'>>>;

const pounds: Record<Locale, string> = { ar: 'جنيه', en: 'EGP' };
const exact = (v: string, locale: Locale) => (d: Digits) => `${formatNumber(v, locale, d)} ${pounds[locale]}`;

async function StageCard({ stage, step, initiative, locale }: { stage: StageView; step: number; initiative: string | null; locale: Locale }) {
  const [t, m, md, ts] = await Promise.all([getTranslations('MoneyStages'), getTranslations('Measures'), getTranslations('MeasureDefinitions'), getTranslations('Source')]);
  const f = stage.figure;
  return (
    <li className={`flex flex-col gap-2 rounded-2xl border bg-surface p-5 ${f?.current ? 'border-brand' : 'border-line'}`} data-stage={stage.measure} data-published={f ? 'yes' : 'no'}>
      <p className="text-sm text-muted">{t('step', { n: step })}</p>
      <h3 className="text-lg font-bold">{m(stage.measure)} {f?.current ? <Badge tone="neutral">{t('thisFigure')}</Badge> : null}</h3>
      <p className="text-sm text-muted">{md(stage.measure)}</p>
      {f ? (
        <>
          <p className="text-2xl font-bold" title={exact(f.value, locale)('latn')}><Num locale={locale} format={(d) => formatMoney(f.value, locale, d)} /></p>
          <p className="text-sm">{t('asOf')} <Num locale={locale} format={(d) => formatDate(f.asOf, locale, f.asOfPrecision, d)} /></p>
          <p className="text-sm"><span className="text-muted">{t('source')}</span> <span dir="auto">{sourceAttribution(f.source, ts)}</span></p>
          <p className="text-sm">
            <Link href={`/figures/${f.slug}#observation-${f.observationNumber}`} className={`${tap} text-brand underline`}>{f.current ? t('quoteLink') : f.label}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="text-lg font-bold text-muted">{t('notPublished')}</p>
          <p className="text-sm text-muted">{initiative ? t('notPublishedIn', { initiative }) : t('notPublishedNote')}</p>
        </>
      )}
    </li>
  );
}

/** Whether the parts add up, by how much they do not, and whether parts and total describe the same date. */
function verdict(c: PartsCheck, t: T, locale: Locale) {
  if (c.difference === '0') return () => t('addsUp');
  const over = !c.difference.startsWith('-');
  const amount = over ? c.difference : c.difference.slice(1);
  const pct = (d: Digits) => (c.ratio === null ? '—' : Math.abs(c.ratio) < 0.0005 ? t('underTenth', { percent: formatPercent(0.001, locale, d) }) : formatPercent(Math.abs(c.ratio), locale, d));
  return (d: Digits) => t(over ? 'more' : 'less', { amount: exact(amount, locale)(d), percent: pct(d) });
}

function dateNote(c: PartsCheck, t: T, locale: Locale) {
  const total = (d: Digits) => formatDate(c.total.asOf, locale, c.total.asOfPrecision, d);
  if (c.sameDate === null) return (d: Digits) => t('partsNoDate', { total: total(d) });
  if (c.sameDate) return (d: Digits) => t('sameDate', { date: total(d) });
  const days = [...new Map(c.parts.filter((p) => p.asOf).map((p) => [p.asOf!.toISOString().slice(0, 10), p])).values()];
  return (d: Digits) => t('datesDiffer', { parts: days.map((p) => formatDate(p.asOf!, locale, p.asOfPrecision ?? 'day', d)).join(localeInfo(locale).comma), total: total(d) });
}

async function PartsTable({ check: c, locale }: { check: PartsCheck; locale: Locale }) {
  const t = await getTranslations('MoneyStages');
  const caption = c.kind === 'breakdown' ? t('breakdownCheck', { title: c.title }) : t('initiativeCheck', { initiative: c.title });
  const row = (label: ReactNode, value: string, strong = false) => (
    <tr className={`border-b border-line/60 ${strong ? 'font-semibold' : ''}`}>
      <th scope="row" className={`py-1.5 pe-4 text-start ${strong ? 'font-semibold' : 'font-normal'}`}>{label}</th>
      <td className="py-1.5 text-end tabular-nums"><Num locale={locale} format={exact(value, locale)} /></td>
    </tr>
  );
  const sentence = verdict(c, t, locale);
  const when = dateNote(c, t, locale);
  return (
    <div className="rounded-2xl border border-line bg-surface p-5" data-check={c.kind} data-adds-up={c.difference === '0' ? 'yes' : 'no'}>
      <h3 className="text-lg font-bold">
        {c.breakdownId ? <Link href={`/breakdowns/${c.breakdownId}`} className="underline">{caption}</Link> : caption}
      </h3>
      <p className="mt-2 font-semibold" data-testid="parts-verdict"><Num locale={locale} format={sentence} /></p>
      <p className="mt-1 text-sm"><Num locale={locale} format={when} /></p>
      {c.kind === 'breakdown' && c.coverage.count < c.coverage.of ? (
        <p className="mt-1 text-sm text-muted"><Num locale={locale} format={(d) => t('coverage', { count: formatNumber(c.coverage.count, locale, d), of: formatNumber(c.coverage.of, locale, d) })} /></p>
      ) : null}
      <details className="mt-3">
        <summary className="min-h-6 cursor-pointer text-sm font-semibold">{t('tableTitle')}</summary>
        <table className="mt-2 w-full max-w-xl border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-line"><th scope="col" className="py-1.5 text-start">{t('part')}</th><th scope="col" className="py-1.5 text-end">{t('value')}</th></tr>
          </thead>
          <tbody>
            {c.parts.map((p) => (
              <Fragment key={`${p.slug ?? ''}${p.name}`}>{row(p.slug ? <Link href={`/figures/${p.slug}`} className={`${tap} underline`}>{p.name}</Link> : p.name, p.value)}</Fragment>
            ))}
            {row(t('partsSum'), c.partsSum, true)}
            {row(<Link href={`/figures/${c.total.slug}#observation-${c.total.observationNumber}`} className={`${tap} underline`}>{t('total')}</Link>, c.total.value, true)}
            {row(t('difference'), c.difference, true)}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/**
 * A money figure's stages side by side; where no source the portal holds gives a stage, it says so (not that the
 * stage was never published anywhere), then whether parts add up.
 */
export async function MoneyStages({ money, locale }: { money: MoneyView; locale: Locale }) {
  const t = await getTranslations('MoneyStages');
  return (
    <Section id="money-stages" title={t('title')} lead={t('lead')}>
      <ol className="grid gap-4 md:grid-cols-3" data-testid="money-stages">
        {money.stages.map((s, i) => <StageCard key={s.measure} stage={s} step={i + 1} initiative={money.initiative?.name ?? null} locale={locale} />)}
      </ol>
      <h3 className="mt-8 text-xl font-bold">{t('sumTitle')}</h3>
      {money.checks.length > 0 ? (
        <div className="mt-4 space-y-4">{money.checks.map((c) => <PartsTable key={`${c.kind}-${c.breakdownId ?? c.title}`} check={c} locale={locale} />)}</div>
      ) : (
        <p className="mt-2 max-w-3xl text-muted">{t('noParts')}</p>
      )}
    </Section>
  );
}
