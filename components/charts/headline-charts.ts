import type { getTranslations } from 'next-intl/server';
import { stagesOf } from '@/lib/data/money';
import type { FigureView, SourceRef } from '@/lib/data/types';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { formatDate, formatPercent, formatValue, type DatePrecision } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { sourceAttribution } from '@/components/figures/SourceLine';
import type { BarChartProps, BarDatum } from './types';

type T = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The headline charts and the stored figures each is built from, in order (also the order of a frozen embed's
 * versions). Ids are kept when a chart is redesigned, so embeds already published keep resolving.
 */
export const headlineChartFigures = {
  'database-reached': ['database-citizens', 'citizens-reached'],
  // Money at each stage; the targeted beneficiaries are named in its summary, never drawn against pounds.
  'allocation-targeted': ['relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries'],
} as const;
export type HeadlineChartId = keyof typeof headlineChartFigures;

export interface ChartSpec extends BarChartProps {
  id: string;
  summary: string;
  /** What the chart leaves out: said beside the summary, under the table and in the PNG. */
  notShown: string;
  note?: string;
  /** Every source the chart's values and summary come from. */
  sources: SourceRef[];
}

/** A value with the source that states it and the date it describes. */
interface Dated {
  label: string;
  asOf: Date;
  asOfPrecision: DatePrecision;
  source: SourceRef;
}

/**
 * The charts built from the headline figures; a chart whose figures are missing is left out. Each chart compares
 * values of one unit on one scale from zero. Each bar is its figure's headline observation, named with that
 * observation's own source and date (two bars may come from different works, and the note says so).
 */
/** A name as it reads inside a sentence: English lowercases a leading article ("a study by…"). */
const inSentence: Record<Locale, (name: string) => string> = {
  ar: (name) => name,
  en: (name) => name.replace(/^(A|An|The) /, (m) => m.toLowerCase()),
};

export function headlineCharts(figures: FigureView[], locale: Locale, t: T, units: T, measures: T, source: T): ChartSpec[] {
  const by = new Map(figures.map((f) => [f.slug, f]));
  const named = (d: Dated) => sourceAttribution(d.source, source as Parameters<typeof sourceAttribution>[1]);
  // "A study by…" reads "a study by…" inside an English sentence.
  const who = (d: Dated) => inSentence[locale](named(d));
  const when = (d: Dated) => formatDate(d.asOf, locale, d.asOfPrecision);
  const sourced = (d: Dated) => t('sourceAndDate', { source: named(d), date: when(d) });
  const download = (id: string, ds: Dated[]) => ({
    label: t('downloadPng'),
    filename: `shafafiya-${id}.png`,
    lines: ds.map((d) => `${d.label}: ${t('sourceLabel')} ${named(d)} · ${t('asOfLabel')} ${when(d)}`),
    url: `${siteUrl()}/${locale}#${id}`,
  });
  // Values of different dates are not one moment, and values of different works were not counted together.
  const cautions = (ds: Dated[]) => {
    const dates = new Set(ds.map((d) => `${+d.asOf}|${d.asOfPrecision}`));
    const list = ds.map((d) => `${d.label}: ${when(d)}`).join(localeInfo(locale).semicolon);
    return [
      dates.size > 1 ? t('differentDates', { list }) : null,
      new Set(ds.map((d) => d.source.slug)).size > 1 ? t('differentSources') : null,
    ].filter((s): s is string => s !== null);
  };
  const uniqueSources = (ds: Dated[]) => [...new Map(ds.map((d) => [d.source.slug, d.source])).values()];

  const specs: ChartSpec[] = [];
  const db = by.get('database-citizens');
  const reached = by.get('citizens-reached');
  if (db && reached && db.unit === reached.unit) {
    const bar = (f: FigureView): BarDatum => ({
      label: f.label, shortLabel: measures(f.measure), value: Number(f.value), unit: f.unit, unitLabel: units(f.unit), source: sourced(f),
    });
    specs.push({
      id: 'chart-database-reached',
      locale,
      title: t('databaseReached.title'),
      // One work and one date are named once; otherwise each value names its own.
      summary: cautions([db, reached]).length === 0
        ? t('databaseReached.summarySame', {
          database: formatValue(db.value, db.unit, locale), reached: formatValue(reached.value, reached.unit, locale),
          share: formatPercent(Number(reached.value) / Number(db.value), locale), asOf: when(db), source: who(db),
        })
        : t('databaseReached.summary', {
          database: formatValue(db.value, db.unit, locale), databaseAsOf: when(db), databaseSource: who(db),
          reached: formatValue(reached.value, reached.unit, locale), reachedAsOf: when(reached), reachedSource: who(reached),
          share: formatPercent(Number(reached.value) / Number(db.value), locale),
        }),
      notShown: t('databaseReached.notShown'),
      note: cautions([db, reached]).join(' ') || undefined,
      bars: [bar(db), bar(reached)],
      download: download('chart-database-reached', [db, reached]),
      sources: uniqueSources([db, reached]),
    });
  }

  const money = by.get('relief-caravans-allocation');
  const targeted = by.get('relief-caravans-targeted-beneficiaries');
  if (money && money.unit === 'EGP') {
    const stages = stagesOf(money, figures);
    const drawn = stages.flatMap((s) => (s.figure ? [s.figure] : []));
    const quoted = (names: string[]) => {
      const { quotes: [open, close], and } = localeInfo(locale);
      return names.map((n) => `${open}${n}${close}`).join(and);
    };
    const missing = stages.filter((s) => !s.figure).map((s) => measures(s.measure));
    const bars: BarDatum[] = stages.map((s) => ({
      label: s.figure?.label ?? measures(s.measure),
      shortLabel: measures(s.measure),
      value: s.figure ? Number(s.figure.value) : null,
      unit: 'EGP',
      unitLabel: units('EGP'),
      ...(s.figure ? { source: sourced(s.figure) } : { gap: t('moneyStages.gap') }),
    }));
    const summary = [
      t('moneyStages.summary', { allocated: formatValue(money.value, money.unit, locale), allocatedAsOf: when(money), allocatedSource: who(money) }),
      missing.length ? t('moneyStages.gaps', { stages: quoted(missing), count: missing.length }) : null,
      targeted && cautions([money, targeted]).length === 0 ? t('moneyStages.targetedSame', { targeted: formatValue(targeted.value, targeted.unit, locale) }) : null,
      targeted && cautions([money, targeted]).length > 0 ? t('moneyStages.targeted', { targeted: formatValue(targeted.value, targeted.unit, locale), targetedAsOf: when(targeted), targetedSource: who(targeted) }) : null,
    ];
    specs.push({
      id: 'chart-allocation-targeted',
      locale,
      title: t('moneyStages.title'),
      summary: summary.filter(Boolean).join(' '),
      notShown: t('moneyStages.notShown'),
      note: [t('moneyStages.note'), ...cautions(drawn)].join(' '),
      bars,
      download: download('chart-allocation-targeted', drawn),
      sources: uniqueSources(targeted ? [...drawn, targeted] : drawn),
    });
  }
  return specs;
}
