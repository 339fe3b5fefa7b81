import 'server-only';
import type { DatePrecision } from '../format';
import type { Locale } from '../i18n/locales';
import { moneyStages } from '../vocabulary';
import { getBreakdown, listBreakdownsForFigure } from './breakdowns';
import { listFigures } from './figures';
import { listGovernorates } from './governorates';
import type { FigureView, ObservationView, SourceRef } from './types';

export type MoneyStage = (typeof moneyStages)[number];

/** The figure that states one stage: its headline observation, with that observation's own date and source. */
export interface StageFigure {
  slug: string;
  label: string;
  value: string;
  asOf: Date;
  asOfPrecision: DatePrecision;
  observationNumber: number;
  source: SourceRef;
  /** The figure whose page this is. */
  current: boolean;
}

export interface StageView {
  measure: MoneyStage;
  /** Null: no figure of this initiative in the portal's sources states this stage (it may exist elsewhere). */
  figure: StageFigure | null;
}

export interface DatedValue {
  value: string;
  asOf: Date | null;
  asOfPrecision: DatePrecision | null;
}

export interface PartView extends DatedValue {
  /** A governorate's name, or a figure's label. */
  name: string;
  /** The figure a part is, when it is one (initiative sums). */
  slug: string | null;
}

/** Parts and the total they should add up to, compared exactly. */
export interface PartsCheck {
  kind: 'breakdown' | 'initiative';
  /** The breakdown's title, or the initiative's name. */
  title: string;
  breakdownId: number | null;
  parts: PartView[];
  /** Governorates with a part, and how many there are. */
  coverage: { count: number; of: number };
  partsSum: string;
  total: { slug: string; label: string; value: string; asOf: Date; asOfPrecision: DatePrecision; observationNumber: number };
  /** parts − total, exact; "0" when they add up. */
  difference: string;
  /** difference / total; null when the total is zero. */
  ratio: number | null;
  /** true: every part describes the total's date; false: some do not; null: the parts give no date. */
  sameDate: boolean | null;
}

export interface MoneyView {
  initiative: { slug: string; name: string } | null;
  stages: StageView[];
  checks: PartsCheck[];
}

// Exact decimal arithmetic on the stored strings: money is never summed as floating point.
const split = (v: string) => {
  const neg = v.startsWith('-');
  const [i, f = ''] = (neg ? v.slice(1) : v).split('.');
  return { neg, i, f };
};
const scaleOf = (values: string[]) => Math.max(0, ...values.map((v) => split(v).f.length));
const toScaled = (v: string, scale: number) => {
  const { neg, i, f } = split(v);
  const n = BigInt(i + f.padEnd(scale, '0'));
  return neg ? -n : n;
};
function fromScaled(n: bigint, scale: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

export function sumDecimals(values: string[]): string {
  const scale = scaleOf(values);
  return fromScaled(values.reduce((acc, v) => acc + toScaled(v, scale), 0n), scale);
}

export function subtractDecimals(a: string, b: string): string {
  const scale = scaleOf([a, b]);
  return fromScaled(toScaled(a, scale) - toScaled(b, scale), scale);
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function stageFigure(f: FigureView, current: string): StageFigure {
  return {
    slug: f.slug, label: f.label, value: f.value, asOf: f.asOf, asOfPrecision: f.asOfPrecision, observationNumber: f.observation.number,
    source: f.source, current: f.slug === current,
  };
}

/** Figures counted the same way and in the same place: same unit, scope and governorate. */
const samePlace = (a: FigureView, b: FigureView) => a.scope === b.scope && a.governorate?.code === b.governorate?.code;

/** Allocated → committed → spent: for each stage, the figure of the same initiative (or this figure) that states it. */
export function stagesOf(figure: FigureView, all: readonly FigureView[]): StageView[] {
  const peers = all.filter((f) => f.unit === 'EGP' && samePlace(f, figure) && (f.slug === figure.slug || (figure.initiative && f.initiative?.slug === figure.initiative.slug)));
  return moneyStages.map((measure) => {
    const match = measure === figure.measure ? figure : peers.find((f) => f.measure === measure && f.slug !== figure.slug);
    return { measure, figure: match ? stageFigure(match, figure.slug) : null };
  });
}

/** The total's observation to compare with: the one of the parts' date when the total has it, else its headline. */
function totalFor(total: FigureView, partsDay: string | null): ObservationView {
  return (partsDay && total.observations.find((o) => day(o.asOf) === partsDay)) || total.observation;
}

export function compareParts(input: {
  kind: PartsCheck['kind']; title: string; breakdownId: number | null; parts: PartView[]; governorates: number; total: FigureView;
}): PartsCheck {
  const days = [...new Set(input.parts.map((p) => day(p.asOf)))];
  const partsDay = days.length === 1 ? days[0] : null;
  const o = totalFor(input.total, partsDay);
  const partsSum = sumDecimals(input.parts.map((p) => p.value));
  const difference = subtractDecimals(partsSum, o.value);
  const sameDate = days.every((d) => d === null) ? null : days.length === 1 && days[0] === day(o.asOf);
  return {
    kind: input.kind, title: input.title, breakdownId: input.breakdownId, parts: input.parts,
    coverage: { count: input.parts.length, of: input.governorates },
    partsSum,
    total: { slug: input.total.slug, label: input.total.label, value: o.value, asOf: o.asOf, asOfPrecision: o.asOfPrecision, observationNumber: o.number },
    difference,
    ratio: Number(o.value) === 0 ? null : Number(difference) / Number(o.value),
    sameDate,
  };
}

/** Governorate breakdowns of the figure against its national value; money is never withheld, so every part is exact. */
async function breakdownChecks(locale: Locale, figure: FigureView, governorates: number): Promise<PartsCheck[]> {
  if (figure.scope !== 'national') return [];
  const summaries = (await listBreakdownsForFigure(locale, figure.slug)).filter((b) => b.dimension === 'governorate');
  const views = await Promise.all(summaries.map((b) => getBreakdown(locale, b.id)));
  return views.flatMap((b) => {
    if (!b) return [];
    const parts = b.rows.flatMap((r) =>
      r.value.kind === 'exact' ? [{ name: r.governorate?.name ?? '—', slug: null, value: r.value.value, asOf: b.asOf, asOfPrecision: b.asOfPrecision }] : [],
    );
    return parts.length ? [compareParts({ kind: 'breakdown', title: b.title, breakdownId: b.id, parts, governorates, total: figure })] : [];
  });
}

/** The initiative's governorate figures of this measure against its national one. */
function initiativeCheck(figure: FigureView, all: readonly FigureView[], governorates: number): PartsCheck[] {
  if (!figure.initiative) return [];
  const same = all.filter((f) => f.unit === 'EGP' && f.measure === figure.measure && f.initiative?.slug === figure.initiative!.slug);
  const total = same.find((f) => f.scope === 'national');
  const parts = same.filter((f) => f.scope === 'governorate');
  if (!total || parts.length === 0) return [];
  return [compareParts({
    kind: 'initiative', title: figure.initiative.name, breakdownId: null, governorates, total,
    parts: parts.map((p) => ({ name: p.governorate?.name ?? p.label, slug: p.slug, value: p.value, asOf: p.asOf, asOfPrecision: p.asOfPrecision })),
  })];
}

/** A money figure's stages side by side and whether its parts add up; null for figures that are not money. */
export async function getMoneyView(locale: Locale, slug: string): Promise<MoneyView | null> {
  const [all, governorates] = await Promise.all([listFigures(locale), listGovernorates(locale)]);
  const figure = all.find((f) => f.slug === slug);
  if (!figure || figure.unit !== 'EGP') return null;
  const checks = [...(await breakdownChecks(locale, figure, governorates.length)), ...initiativeCheck(figure, all, governorates.length)];
  return { initiative: figure.initiative, stages: stagesOf(figure, all), checks };
}
