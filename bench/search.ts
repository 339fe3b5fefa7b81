/**
 * `npm run bench:search`: search latency over a synthetic corpus, through the portal's own index and
 * normaliser (lib/search). Prints the corpus size, index build time and p50/p95/p99 per query.
 * BENCH_DOCS (default 10000) and BENCH_QUERIES (default 2000) change the sizes. Target: p95 ≤ 50 ms.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSearchIndex, runSearch, type SearchDocument } from '../lib/search/engine';
import { valueText } from '../lib/search/documents';
import { random } from '../scripts/demo/generate';

const DOCS = Number(process.env.BENCH_DOCS || 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES || 2_000);
const TARGET_P95_MS = 50;

// Words as Egyptian pages write them, spelling variants included, so folding and stemming do real work.
const arabic = [
  'التحالف', 'الوطني', 'للعمل', 'الأهلي', 'التنموي', 'قوافل', 'ستر', 'وعافية', 'الإسكندرية', 'أسوان', 'الأقصر', 'القاهرة',
  'الجيزة', 'المنيا', 'سوهاج', 'بني', 'سويف', 'الدعم', 'النقدي', 'الغذائي', 'المستلزمات', 'الدراسية', 'مستفيد', 'مستفيدين',
  'الأسر', 'الأكثر', 'احتياجًا', 'قاعدة', 'بيانات', 'المواطنين', 'مبادرة', 'المبادرات', 'الإغاثة', 'القوافل', 'الاجتماعية',
  'مؤسسات', 'رئيس', 'مسؤولية', 'الوادى', 'الجديد', 'البحيرة', 'الشرقية', 'مُسْتَفِيدُونَ', 'التحالــف', 'طبية', 'سلال', 'غذائية',
];
const english = ['alliance', 'caravans', 'relief', 'support', 'food', 'cash', 'school', 'supplies', 'families', 'citizens', 'reached', 'targeted', 'governorate', 'database'];

function corpus(n: number, rnd: () => number): SearchDocument[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const words = (list: readonly string[], k: number) => Array.from({ length: k }, () => pick(list)).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const value = String(Math.round(10 ** (2 + rnd() * 8)));
    return {
      id: `doc-${i}`,
      title: `${words(arabic, 3 + Math.floor(rnd() * 4))}\n${words(english, 3)}`,
      body: `${words(arabic, 30 + Math.floor(rnd() * 30))} ${Math.floor(rnd() * 100)} مليون\n${words(english, 20)}`,
      numbers: valueText(value),
    };
  });
}

const queries = [
  'الاسكندرية', 'ستر و عافيه', '٣٠ مليون', '30 million', 'اسوان', 'القوافل الاجتماعية', 'مسئولية', 'الدعم الغذائى', 'caravans',
  'relief support', 'مستفيدون', 'بنى سويف', 'الإسكند', 'قاعدة بيانات المواطنين', '250 ألف', 'school supplies', 'شيء غير موجود',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function main() {
  const docs = corpus(DOCS, random(42));
  const t0 = performance.now();
  const index = createSearchIndex(docs);
  const buildMs = performance.now() - t0;

  for (let i = 0; i < 200; i++) runSearch(index, queries[i % queries.length]); // warm up the JIT
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = queries[i % queries.length];
    const start = performance.now();
    hits += runSearch(index, q, 30).hits.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const p99 = percentile(times, 99);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const fmt = (ms: number) => ms.toFixed(2).padStart(7);

  console.log(`Search latency over a synthetic corpus (lib/search: Arabic folding + minisearch)`);
  console.log(`  corpus        ${DOCS.toLocaleString('en')} documents (title, body, number forms), ${queries.length} distinct queries`);
  console.log(`  index build   ${buildMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  console.log(`  queries       ${QUERIES.toLocaleString('en')} timed after 200 warm-up, ${(hits / QUERIES).toFixed(1)} hits each on average (limit 30)`);
  console.log(`  p50 ${fmt(p50)} ms   p95 ${fmt(p95)} ms   p99 ${fmt(p99)} ms   mean ${fmt(mean)} ms   max ${fmt(times[times.length - 1])} ms`);
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms → ${p95 <= TARGET_P95_MS ? 'met' : 'NOT MET'}`);
  console.log(`Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`);
  console.log(`Command: BENCH_DOCS=${DOCS} BENCH_QUERIES=${QUERIES} npx tsx bench/search.ts`);
}

main();
