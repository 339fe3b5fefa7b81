/**
 * `npm run bench:claims`: runs the claim check over the corpus (tests/claims/corpus.ts) against the founding
 * figures and prints the precision and recall of the figures matched and of each kind of difference, the verdicts
 * right, and the time per claim. Target: every precision and recall at least 0.9. Exits 1 below target.
 * `--held-out` scores tests/claims/held-out.ts instead: claims written without reading the engine.
 * `--held-out-2` scores tests/claims/held-out-2.ts instead: a second blind set, written the same way.
 */
import { corpus as mainCorpus } from '../tests/claims/corpus';
import { heldOut } from '../tests/claims/held-out';
import { heldOut2 } from '../tests/claims/held-out-2';
import { runCorpus } from '../tests/claims/score';

const TARGET = 0.9;
const useHeldOut2 = process.argv.includes('--held-out-2');
const useHeldOut = !useHeldOut2 && process.argv.includes('--held-out');
const corpus = useHeldOut2 ? heldOut2 : useHeldOut ? heldOut : mainCorpus;
const run = runCorpus(corpus);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const languages = (['ar', 'eg', 'en'] as const).map((l) => `${l} ${corpus.filter((c) => c.language === l).length}`).join(', ');

console.log(`Claim check over ${corpus.length} ${useHeldOut2 ? 'held-out-2 ' : useHeldOut ? 'held-out ' : ''}claims (${languages}); ${run.verdicts.total} numbers\n`);
console.log(`${'what'.padEnd(22)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('precision', 11)}${pad('recall', 9)}  target ≥ ${TARGET}`);
for (const s of run.scores) {
  const ok = s.precision >= TARGET && s.recall >= TARGET ? 'ok' : 'BELOW';
  console.log(`${s.name.padEnd(22)}${pad(s.truePositives, 5)}${pad(s.falsePositives, 5)}${pad(s.falseNegatives, 5)}${pad(s.precision.toFixed(3), 11)}${pad(s.recall.toFixed(3), 9)}  ${ok}`);
}
console.log(`\nverdicts as expected: ${run.verdicts.right}/${run.verdicts.total} (${((100 * run.verdicts.right) / run.verdicts.total).toFixed(1)} %)`);
console.log(`time per claim: ${run.msPerClaim.toFixed(2)} ms`);
for (const m of run.misses) console.log(`\nmiss: ${m.claim}\n  expected ${JSON.stringify(m.expected)}\n  got      ${JSON.stringify(m.got)}`);
if (run.scores.some((s) => s.precision < TARGET || s.recall < TARGET)) process.exit(1);
