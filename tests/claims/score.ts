/**
 * Runs the claim check over the corpus and scores it: precision and recall of the figures matched and of each kind
 * of difference (per claim), and how many numbers got the expected verdict. Shared by the unit test and the benchmark.
 */
import { checkClaim } from '../../lib/claims/check';
import { differenceKinds, type CheckResult, type DifferenceKind } from '../../lib/claims/types';
import { defaultLocale, isLocale, type Locale } from '../../lib/i18n/locales';
import { corpus, type CorpusClaim } from './corpus';
import { foundingClaimData } from './founding';

export interface Score {
  name: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusRun {
  scores: Score[];
  verdicts: { right: number; total: number };
  /** Claims where something differed from what was expected, for a readable failure. */
  misses: { claim: string; expected: Omit<CorpusClaim, 'claim' | 'language'>; got: Omit<CorpusClaim, 'claim' | 'language'> }[];
  msPerClaim: number;
}

function score(name: string, tp: number, fp: number, fn: number): Score {
  // Nothing expected and nothing found is perfect, not undefined.
  return { name, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

function found(result: CheckResult): Omit<CorpusClaim, 'claim' | 'language'> {
  return {
    figures: [...new Set(result.numbers.flatMap((n) => (n.target ? [n.target.slug] : [])))],
    differences: result.differenceKinds,
    verdicts: result.numbers.map((n) => n.verdict),
  };
}

export function runCorpus(claims: CorpusClaim[] = corpus): CorpusRun {
  const data: Record<Locale, ReturnType<typeof foundingClaimData>> = { ar: foundingClaimData('ar'), en: foundingClaimData('en') };
  const figures = { tp: 0, fp: 0, fn: 0 };
  const kinds = new Map<DifferenceKind, { tp: number; fp: number; fn: number }>(differenceKinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const verdicts = { right: 0, total: 0 };
  const misses: CorpusRun['misses'] = [];
  const started = performance.now();
  for (const entry of claims) {
    const got = found(checkClaim(entry.claim, data[isLocale(entry.language) ? entry.language : defaultLocale]));
    figures.tp += got.figures.filter((f) => entry.figures.includes(f)).length;
    figures.fp += got.figures.filter((f) => !entry.figures.includes(f)).length;
    figures.fn += entry.figures.filter((f) => !got.figures.includes(f)).length;
    for (const [kind, counts] of kinds) {
      const expected = entry.differences.includes(kind);
      const seen = got.differences.includes(kind);
      if (expected && seen) counts.tp++;
      else if (seen) counts.fp++;
      else if (expected) counts.fn++;
    }
    verdicts.total += entry.verdicts.length;
    verdicts.right += entry.verdicts.filter((v, i) => got.verdicts[i] === v).length;
    const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
    if (!same(got.figures, entry.figures) || !same(got.differences, entry.differences) || got.verdicts.join() !== entry.verdicts.join()) {
      misses.push({ claim: entry.claim, expected: { figures: entry.figures, differences: entry.differences, verdicts: entry.verdicts }, got });
    }
  }
  const msPerClaim = (performance.now() - started) / claims.length;
  return {
    scores: [score('figures matched', figures.tp, figures.fp, figures.fn), ...[...kinds].map(([k, v]) => score(`difference: ${k}`, v.tp, v.fp, v.fn))],
    verdicts,
    misses,
    msPerClaim,
  };
}
