/**
 * One number of a claim against one target: whether it can refer to it, how well the words and the value fit,
 * and each difference that matters (measure, unit, scope, date, size).
 */
import type { Measure, NotStatedKind } from '../vocabulary';
import { magnitudeDistance, sameSize, subtractDecimals } from './size';
import type { Programme } from './lexicon';
import type { ClaimNumber, Difference, ScopeSide, Target } from './types';

const MONEY_MEASURES: readonly Measure[] = ['spent', 'allocated', 'committed'];
const PEOPLE = ['families', 'beneficiaries', 'persons'] as const;

const isMoney = (n: ClaimNumber) => !!(n.currency || n.per);
/** The claim's value on the target's scale: a percentage is compared with a ratio. */
const claimValue = (n: ClaimNumber) => Number(n.value) / (n.percent ? 100 : 1);
/** The source's value as the claim writes it: a ratio shown as a percentage. */
const sourceAsWritten = (n: ClaimNumber, t: Target) => (n.percent ? String(Math.round(Number(t.value) * 1e8) / 1e6) : t.value);

export type Family = 'percent' | 'money' | 'people';
/** What kind of thing a number counts: a share, an amount of money, or people; null when the claim does not say. */
export function familyOfClaim(n: ClaimNumber): Family | null {
  if (n.percent) return 'percent';
  if (isMoney(n)) return 'money';
  if (n.unit) return 'people';
  if (n.measure) return MONEY_MEASURES.includes(n.measure.value) ? 'money' : 'people';
  return null;
}
export const familyOfTarget = (t: Target): Family => (t.unitClass === 'percent' ? 'percent' : t.unitClass === 'money' ? 'money' : 'people');

/** Another reading worth offering: the same kind of thing as the claim's number, within a factor of 10 of it. */
export function isAlternative(n: ClaimNumber, t: Target, family: Family): boolean {
  return familyOfTarget(t) === family && magnitudeDistance(claimValue(n), Number(t.value)) <= 1;
}

/** Whether the number can refer to the target at all: same kind of thing, and close in size unless its unit is named. */
export function canReferTo(n: ClaimNumber, t: Target): boolean {
  if (n.other) return false;
  if (n.percent !== (t.unitClass === 'percent')) return false;
  if (isMoney(n) && t.unitClass !== 'money') return false;
  if (n.unit && !(PEOPLE as readonly string[]).includes(t.unitClass)) return false;
  const named = n.percent || isMoney(n) || !!n.unit;
  if (!named && n.measure) {
    // A bare number takes its kind from its verb: "رصد 2 مليار" is money, "وصل إلى 30 مليون" is people.
    if (MONEY_MEASURES.includes(n.measure.value) !== (t.unitClass === 'money')) return false;
  }
  return named || magnitudeDistance(claimValue(n), Number(t.value)) <= 1;
}

/** Higher is a likelier reading: close values first, then the words that agree. */
export function fitScore(n: ClaimNumber, t: Target): number {
  let score = -2 * Math.min(magnitudeDistance(claimValue(n), Number(t.value)), 6);
  // "أكثر من 30 مليون" fits every larger value; only an equal or rounded value is strong evidence.
  if (sameSize(n.value, sourceAsWritten(n, t), n.hedge, n.percent, n.raw)) score += n.hedge === 'more' || n.hedge === 'less' ? 0.5 : 2;
  // Words of measure outweigh mere closeness of value ("about 33 million registered" is the registered figure, off in
  // size); only a value equal to the source's, or rounded from it at the claim's own precision, outweighs them.
  if (n.measure?.value === t.measure) score += 1.5;
  if (n.unit && n.unit.value === t.unitClass) score += 1.5;
  if (n.per) score += t.per ? 1 : -1;
  else if (t.per) score -= 1;
  if (n.programme && n.programme.value === t.programme) score += 1;
  if (!n.programme && n.alliance && !t.programme) score += 0.5;
  if (n.governorate && n.governorate.value === t.governorate?.code) score += 1;
  if (n.years.length && !dateDiffers(n, t)) score += 0.5;
  return score;
}

export function dateDiffers(n: ClaimNumber, t: Target): boolean {
  if (!n.years.length) return false;
  const hi = t.asOf.getUTCFullYear();
  // An approximate date near a year's start may describe the year before; a period covers every year from its start.
  const lo = t.periodStart ? t.periodStart.getUTCFullYear() : t.asOfPrecision === 'approximate' ? hi - 1 : hi;
  if (n.since) return Math.min(...n.years) > hi;
  return !n.years.some((y) => y >= lo && y <= hi);
}

/** A programme inside another: Sitr wa Afia is one of the relief and social caravans. */
const PARENT: Partial<Record<Programme, Programme>> = { 'sitr-wa-afia': 'relief-caravans' };

/** Whether one scope holds the other (the alliance and a programme, a programme and its sub-programme, the nation and a governorate). */
function nested(a: ScopeSide, b: ScopeSide): boolean {
  const whole = (s: ScopeSide) => s.kind === 'alliance' || s.kind === 'national';
  if (whole(a) || whole(b)) return true;
  if (a.kind === 'programme' && b.kind === 'programme') return !!a.programme && !!b.programme && (PARENT[a.programme] === b.programme || PARENT[b.programme] === a.programme);
  return false;
}

function sameScope(side: ScopeSide, t: Target): boolean {
  if (side.kind === 'alliance') return !t.programme;
  if (side.kind === 'programme') return t.programme === side.programme;
  if (side.kind === 'national') return !t.governorate;
  return t.governorate?.code === side.code;
}

/**
 * Whether a difference is about something the source gives no value for, so that the verdict is "the source does not
 * say": a scope that holds or is held by the source's (a programme's figure given as the whole alliance's or as a total
 * over all programmes, the alliance's as one programme's, a programme's as its sub-programme's, the nation's as one
 * governorate's), or a year it gives no value for, unless another figure or observation states a value for exactly
 * the claim's scope or year. A scope beside the source's (another programme, another governorate) is a different thing
 * the source does speak of: "differs".
 */
export function sourceLacks(n: ClaimNumber, d: Difference, best: Target, candidates: Target[]): boolean {
  const kindOf = (t: Target) => t.unitClass === best.unitClass && t.per === best.per && t.measure === best.measure;
  if (d.kind === 'scope') {
    if (!nested(d.claim, d.source)) return false;
    return !candidates.some((t) => t !== best && kindOf(t) && sameScope(d.claim, t));
  }
  if (d.kind === 'date') return !candidates.some((t) => t.slug === best.slug && !dateDiffers(n, t));
  return false;
}

function scopeDifferences(n: ClaimNumber, t: Target): Difference[] {
  const out: Difference[] = [];
  const targetProgramme: ScopeSide = t.programme ? { kind: 'programme', programme: t.programme, name: t.initiative?.name ?? null } : { kind: 'alliance' };
  const claimProgramme: ScopeSide | null = n.programme
    ? { kind: 'programme', programme: n.programme.value, name: n.programme.word }
    : n.alliance ? { kind: 'alliance' } : null;
  const programmeOf = (s: ScopeSide) => (s.kind === 'programme' ? s.programme : null);
  if (claimProgramme && programmeOf(claimProgramme) !== programmeOf(targetProgramme)) out.push({ kind: 'scope', claim: claimProgramme, source: targetProgramme });
  const targetPlace: ScopeSide = t.governorate ? { kind: 'governorate', code: t.governorate.code, name: t.governorate.name } : { kind: 'national' };
  const claimPlace: ScopeSide | null = n.governorate
    ? { kind: 'governorate', code: n.governorate.value, name: n.governorate.word }
    : n.national ? { kind: 'national' } : null;
  const placeOf = (s: ScopeSide) => (s.kind === 'governorate' ? s.code : 'national');
  if (claimPlace && placeOf(claimPlace) !== placeOf(targetPlace)) out.push({ kind: 'scope', claim: claimPlace, source: targetPlace });
  return out;
}

function unitDifferences(n: ClaimNumber, t: Target): Difference[] {
  if (n.unit && n.unit.value !== t.unitClass && t.unitClass !== 'money' && t.unitClass !== 'percent') {
    return [{ kind: 'unit', claim: n.unit.value, source: t.unitClass, word: n.unit.word }];
  }
  if (n.currency?.value === 'USD' && t.unitClass === 'money') return [{ kind: 'unit', claim: 'USD', source: 'EGP', word: n.currency.word }];
  if (n.per && !t.per && t.unitClass === 'money') return [{ kind: 'unit', claim: 'per', source: 'total', word: n.per.word }];
  if (!n.per && t.per) return [{ kind: 'unit', claim: 'total', source: 'per', word: null }];
  if (n.per?.value && t.per && n.per.value !== t.per) return [{ kind: 'unit', claim: n.per.value, source: t.per, word: n.per.word }];
  return [];
}

export function differencesOf(n: ClaimNumber, t: Target): Difference[] {
  const out: Difference[] = [];
  if (n.measure && n.measure.value !== t.measure) out.push({ kind: 'measure', claim: n.measure.value, source: t.measure, word: n.measure.word });
  out.push(...unitDifferences(n, t), ...scopeDifferences(n, t));
  if (dateDiffers(n, t)) {
    out.push({ kind: 'date', claimYears: n.years, since: n.since, asOf: t.asOf, asOfPrecision: t.asOfPrecision, periodStart: t.periodStart });
  }
  const source = sourceAsWritten(n, t);
  if (!sameSize(n.value, source, n.hedge, n.percent, n.raw)) {
    const ratio = Number(source) ? Math.round((Number(n.value) / Number(source)) * 1000) / 1000 : 0;
    // Across scopes (a governorate's amount against the nation's) the two values are not comparable: no ratio.
    const scoped = out.some((d) => d.kind === 'scope');
    out.push({ kind: 'size', claim: n.value, source, hedge: n.hedge, ratio, difference: subtractDecimals(n.value, source), percent: n.percent, ...(scoped ? { scoped } : {}) });
  }
  return out;
}

/** What a figure's sources leave out that a difference runs into: then "the source does not say". */
export function notStatedKindsFor(n: ClaimNumber, d: Difference): NotStatedKind[] {
  if (d.kind === 'measure') {
    if ((d.claim === 'spent' || d.claim === 'committed') && MONEY_MEASURES.includes(d.source)) return ['amount-spent'];
    if ((d.claim === 'reached' || d.claim === 'served') && (d.source === 'targeted' || d.source === 'registered')) return ['beneficiaries-reached'];
  }
  if (d.kind === 'unit' && (d.claim === 'families' || n.per?.value === 'families')) return ['families'];
  if (d.kind === 'scope' && d.claim.kind === 'governorate' && d.source.kind === 'national') return ['governorate-split'];
  if (d.kind === 'date') return ['period'];
  return [];
}
