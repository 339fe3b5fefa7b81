/**
 * The claim check: for each number in a sentence, the figure and observation it most likely refers to, what the
 * source says there, each difference that matters, and a verdict about the source ("matches the source", "the
 * source says something different", "the source does not say"), never about whoever made the claim.
 * Pure: the figures are passed in, so tests and the benchmark run it without a database.
 */
import { canReferTo, differencesOf, familyOfClaim, familyOfTarget, fitScore, isAlternative, notStatedKindsFor, sourceLacks } from './compare';
import { readClaim } from './read';
import { buildTargets, type ClaimData } from './targets';
import { differenceKinds, type CheckResult, type ClaimNumber, type NumberCheck, type Target } from './types';

export type { ClaimData } from './targets';

function checkNumber(n: ClaimNumber, targets: Target[]): NumberCheck {
  const ranked = targets
    .filter((t) => canReferTo(n, t))
    .map((t, i) => ({ t, score: fitScore(n, t), i }))
    // Equal fits: the newest observation, then the figure listed first.
    .sort((a, b) => b.score - a.score || +b.t.asOf - +a.t.asOf || a.i - b.i);
  const best = ranked[0]?.t ?? null;
  const others = new Map<string, Target>();
  const family = familyOfClaim(n) ?? (best ? familyOfTarget(best) : null);
  for (const { t } of ranked.slice(1)) {
    if (t.slug !== best?.slug && !others.has(t.slug) && family && isAlternative(n, t, family)) others.set(t.slug, t);
  }
  const alternatives = [...others.values()].slice(0, 2).map((t) => ({
    slug: t.slug, label: t.label, value: t.value, observation: t.kind === 'observation' ? t.observations[0].number : null,
  }));
  if (!best) return { claim: n, verdict: 'not-stated', target: null, differences: [], calculated: false, notStated: [], alternatives };

  const differences = differencesOf(n, best);
  const kinds = new Set(differences.flatMap((d) => notStatedKindsFor(n, d)));
  const notStated = best.notStated.filter((s) => kinds.has(s.kind));
  const candidates = ranked.map((r) => r.t);
  const lacks = differences.some((d) => sourceLacks(n, d, best, candidates));
  const verdict = differences.length === 0 ? 'matches' : notStated.length || lacks ? 'not-stated' : 'differs';
  return { claim: n, verdict, target: best, differences, calculated: verdict === 'matches' && best.kind === 'derived', notStated, alternatives };
}

export function checkClaim(claim: string, data: ClaimData): CheckResult {
  const reading = readClaim(claim);
  const targets = buildTargets(data);
  const numbers = reading.numbers.map((n) => checkNumber(n, targets));
  return {
    claim,
    numbers,
    ignored: reading.ignored,
    differenceKinds: differenceKinds.filter((k) => numbers.some((c) => c.differences.some((d) => d.kind === k))),
  };
}
