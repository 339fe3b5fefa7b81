import type { DatePrecision } from '../format';
import type { Measure, NotStatedKind, Unit } from '../vocabulary';
import type { SourceRef } from '../data/types';
import type { Currency, Hedge, Programme, UnitClass } from './lexicon';

/** A word of the claim that decided something, as written. */
export interface Word<T> {
  value: T;
  word: string;
}

/** What the claim says around one of its numbers. */
export interface ClaimNumber {
  raw: string;
  /** Exact decimal, as the number parser reads it. */
  value: string;
  start: number;
  end: number;
  percent: boolean;
  measure: Word<Measure> | null;
  unit: Word<UnitClass> | null;
  /** A noun after the number that is none of the things the portal counts ("فرصة عمل", "meals"). */
  other: string | null;
  currency: Word<Currency> | null;
  /** "لكل أسرة", "per beneficiary": an amount for each one; value null when the claim does not say each what. */
  per: Word<UnitClass | null> | null;
  hedge: Hedge | null;
  programme: Word<Programme> | null;
  /** The claim names the alliance as a whole. */
  alliance: string | null;
  governorate: Word<string> | null;
  national: string | null;
  years: number[];
  /** "منذ 2022", "since March 2022": the claim covers a period from that year on. */
  since: boolean;
}

export type IgnoredReason = 'year' | 'duration' | 'governorates' | 'small';

export interface IgnoredNumber {
  raw: string;
  start: number;
  end: number;
  reason: IgnoredReason;
}

export interface ClaimReading {
  numbers: ClaimNumber[];
  ignored: IgnoredNumber[];
}

/** What a number of the claim is compared with: one observation of a figure, or a figure the portal calculates. */
export interface Target {
  kind: 'observation' | 'derived';
  /** The figure slug, or the calculated figure's slug. */
  slug: string;
  label: string;
  unit: Unit | 'percent';
  unitClass: UnitClass | 'money' | 'percent';
  /** For an amount per person: per what. */
  per: UnitClass | null;
  measure: Measure;
  programme: Programme | null;
  governorate: { code: string; name: string } | null;
  initiative: { slug: string; name: string } | null;
  /** Exact decimal for observations; a calculated value rounded to 6 decimals for calculated figures (a ratio, not a percentage). */
  value: string;
  asOf: Date;
  asOfPrecision: DatePrecision;
  periodStart: Date | null;
  /** The observations it stands on: one, or a calculated figure's two inputs. */
  observations: TargetObservation[];
  notStated: { kind: NotStatedKind; note: string | null }[];
}

export interface TargetObservation {
  figure: string;
  figureLabel: string;
  number: number;
  value: string;
  unit: Unit;
  asOf: Date;
  asOfPrecision: DatePrecision;
  quote: string;
  quoteTranslation: string | null;
  locator: string | null;
  source: SourceRef;
  /** Site-relative, without the locale: /figures/<slug>#observation-<n>. */
  permalink: string;
}

export type DifferenceKind = 'measure' | 'unit' | 'scope' | 'date' | 'size';
export const differenceKinds: readonly DifferenceKind[] = ['measure', 'unit', 'scope', 'date', 'size'];

/** One side of a scope: a programme, the whole alliance, a governorate or the nation. */
export type ScopeSide =
  | { kind: 'programme'; programme: Programme | null; name: string | null }
  | { kind: 'alliance' }
  | { kind: 'governorate'; code: string; name: string | null }
  | { kind: 'national' };

export type Difference =
  | { kind: 'measure'; claim: Measure; source: Measure; word: string }
  | { kind: 'unit'; claim: UnitClass | Currency | 'per' | 'total'; source: UnitClass | 'EGP' | 'per' | 'total'; word: string | null }
  | { kind: 'scope'; claim: ScopeSide; source: ScopeSide }
  | { kind: 'date'; claimYears: number[]; since: boolean; asOf: Date; asOfPrecision: DatePrecision; periodStart: Date | null }
  | { kind: 'size'; claim: string; source: string; hedge: Hedge | null; ratio: number; difference: string; percent: boolean; scoped?: boolean };

export type Verdict = 'matches' | 'differs' | 'not-stated';

export interface NumberCheck {
  claim: ClaimNumber;
  verdict: Verdict;
  /** The figure the number most likely refers to; null when no figure on the portal counts anything like it. */
  target: Target | null;
  differences: Difference[];
  /** A match with a figure the portal calculates from the source (a rate, an amount per person): the source never states it. */
  calculated: boolean;
  /** What the figure's sources leave out, where it explains the verdict. */
  notStated: { kind: NotStatedKind; note: string | null }[];
  /** Other figures it could refer to, best first. */
  alternatives: { slug: string; label: string; value: string; observation: number | null }[];
}

export interface CheckResult {
  claim: string;
  numbers: NumberCheck[];
  ignored: IgnoredNumber[];
  /** Each kind of difference found in the claim, once, in a fixed order. */
  differenceKinds: DifferenceKind[];
}
