/**
 * What a claim can be compared with: every observation of every figure, and the figures the portal calculates
 * (with both observations they are calculated from). Built from the same views the pages show.
 */
import type { DerivedView } from '../data/figures';
import type { FigureView, ObservationView } from '../data/types';
import type { Unit } from '../vocabulary';
import { findProgramme, type Programme, type UnitClass } from './lexicon';
import { tokenize } from './text';
import type { Target, TargetObservation } from './types';

export interface ClaimData {
  figures: FigureView[];
  derived: DerivedView[];
  /** Names of calculated figures in the reader's language; the slug when missing. */
  derivedLabels?: Record<string, string>;
}

export function unitClassOf(unit: Unit): UnitClass | 'money' {
  if (unit === 'EGP') return 'money';
  if (unit === 'families' || unit === 'beneficiaries') return unit;
  return 'persons';
}

/** The programme a figure counts, read from its initiative and label in the claim's own words; null: the whole alliance. */
export function programmeOf(f: Pick<FigureView, 'label' | 'initiative'>): Programme | null {
  const tokens = tokenize(`${f.initiative?.slug.replace(/-/g, ' ') ?? ''} ${f.initiative?.name ?? ''} ${f.label}`);
  const found = tokens.map((t) => findProgramme(tokens, t.index)?.value).filter((p): p is Programme => !!p);
  return found.includes('sitr-wa-afia') ? 'sitr-wa-afia' : (found[0] ?? null);
}

export function targetObservation(f: FigureView, o: ObservationView): TargetObservation {
  return {
    figure: f.slug, figureLabel: f.label, number: o.number, value: o.value, unit: f.unit, asOf: o.asOf, asOfPrecision: o.asOfPrecision,
    quote: o.quote, quoteTranslation: o.quoteTranslation, locator: o.locator, source: o.source, permalink: `/figures/${f.slug}#observation-${o.number}`,
  };
}

function observationTargets(f: FigureView): Target[] {
  const programme = programmeOf(f);
  return f.observations.map((o) => ({
    kind: 'observation',
    slug: f.slug,
    label: f.label,
    unit: f.unit,
    unitClass: unitClassOf(f.unit),
    per: null,
    measure: f.measure,
    programme,
    governorate: f.governorate,
    initiative: f.initiative,
    value: o.value,
    asOf: o.asOf,
    asOfPrecision: o.asOfPrecision,
    periodStart: o.periodStart,
    observations: [targetObservation(f, o)],
    notStated: f.notStated,
  }));
}

function derivedTarget(d: DerivedView, labels: Record<string, string>): Target {
  const n = d.numeratorFigure;
  const den = d.denominatorFigure;
  const perClass = unitClassOf(den.unit);
  const seen = new Set<string>();
  return {
    kind: 'derived',
    slug: d.slug,
    label: labels[d.slug] ?? d.slug,
    unit: d.unit,
    unitClass: d.unit === 'percent' ? 'percent' : 'money',
    per: d.kind === 'per' && perClass !== 'money' ? perClass : null,
    measure: n.measure,
    programme: programmeOf(n),
    governorate: n.governorate,
    initiative: n.initiative,
    value: String(Math.round(d.value * 1e6) / 1e6),
    asOf: d.asOf,
    asOfPrecision: d.asOfPrecision,
    periodStart: null,
    observations: [targetObservation(n, d.numeratorObservation), targetObservation(den, d.denominatorObservation)],
    // What either input leaves out, each kind once.
    notStated: [...n.notStated, ...den.notStated].filter((x) => (seen.has(x.kind) ? false : (seen.add(x.kind), true))),
  };
}

export function buildTargets(data: ClaimData): Target[] {
  return [...data.figures.flatMap(observationTargets), ...data.derived.map((d) => derivedTarget(d, data.derivedLabels ?? {}))];
}
