/**
 * `npm run bench:search`: search latency over a synthetic corpus, through the portal's own index, normaliser and
 * query planner (lib/search), for the search query set (tests/search/queries.ts) plus stress queries. Prints the
 * corpus size, index build time, p50/p95/p99 per query (wall clock, and the process's CPU time, which load from
 * other processes inflates less), and the machine's load average.
 * BENCH_DOCS (default 10000), BENCH_QUERIES (default 2000) and BENCH_CORPUS (zipf | dense; both by
 * default) change the runs; BENCH_VERBOSE=1 lists the slowest queries. Target: p95 ≤ 20 ms.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSearchIndex, runSearch, type SearchDocument } from '../lib/search/engine';
import { valueText } from '../lib/search/documents';
import { random } from '../scripts/demo/generate';
import { searchCases } from '../tests/search/queries';

const DOCS = Number(process.env.BENCH_DOCS || 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES || 2_000);
const TARGET_P95_MS = 20;

// Words as Egyptian pages write them, spelling variants included, so folding and stemming do real work.
const arabic = [
  'التحالف', 'الوطني', 'للعمل', 'الأهلي', 'التنموي', 'قوافل', 'ستر', 'وعافية', 'الإسكندرية', 'أسوان', 'الأقصر', 'القاهرة',
  'الجيزة', 'المنيا', 'سوهاج', 'بني', 'سويف', 'الدعم', 'النقدي', 'الغذائي', 'المستلزمات', 'الدراسية', 'مستفيد', 'مستفيدين',
  'الأسر', 'الأكثر', 'احتياجًا', 'قاعدة', 'بيانات', 'المواطنين', 'مبادرة', 'المبادرات', 'الإغاثة', 'القوافل', 'الاجتماعية',
  'مؤسسات', 'رئيس', 'مسؤولية', 'الوادى', 'الجديد', 'البحيرة', 'الشرقية', 'مُسْتَفِيدُونَ', 'التحالــف', 'طبية', 'سلال', 'غذائية',
  'أُنفق', 'إنفاق', 'صرف', 'مرصود', 'رصد', 'مخصص', 'الأسرة', 'عائلات', 'الوصول', 'وصلهم', 'نسبة', 'لكل', 'جنيه', 'ملياري',
  'محافظة', 'المحافظات', 'قافلة', 'مبادرات', 'المواطنون', 'مستهدفون', 'النقدي', 'الدراسية', 'مدارس', 'محسوب', 'بدعم', 'لملف',
];
const english = [
  'alliance', 'caravans', 'relief', 'support', 'food', 'cash', 'school', 'supplies', 'families', 'citizens', 'reached', 'targeted', 'governorate', 'database',
  'spent', 'allocated', 'beneficiaries', 'households', 'rate', 'per',
];

type Corpus = 'dense' | 'zipf';

/** Letters for made-up tail words, so the vocabulary grows the way real text does. */
const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/**
 * "zipf": word frequencies fall off as in real text (a few words in most documents, thousands rare),
 * over the real words above plus 3,000 made-up ones. "dense": the worst case, every document drawn
 * from the same 60 words, so most queries match most documents.
 */
function corpus(kind: Corpus, n: number, rnd: () => number): SearchDocument[] {
  const tail = Array.from({ length: kind === 'zipf' ? 3000 : 0 }, () =>
    Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => letters[Math.floor(rnd() * letters.length)]).join(''),
  );
  const vocab = [...arabic, ...tail];
  const weights = vocab.map((_, r) => (kind === 'zipf' ? 1 / (r + 1) : 1));
  const cumulative = weights.map(((sum) => (w: number) => (sum += w))(0));
  const total = cumulative[cumulative.length - 1];
  const draw = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo];
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const arabicWords = (k: number) => Array.from({ length: k }, draw).join(' ');
  const englishWords = (k: number) => Array.from({ length: k }, () => pick(english)).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${i}`,
    title: `${arabicWords(3 + Math.floor(rnd() * 4))}\n${englishWords(3)}`,
    body: `${arabicWords(30 + Math.floor(rnd() * 30))} ${Math.floor(rnd() * 100)} مليون\n${englishWords(kind === 'zipf' ? 5 : 20)}`,
    numbers: valueText(String(Math.round(10 ** (2 + rnd() * 8)))),
  }));
}

// What readers type (the query set), plus queries chosen to match most of a dense corpus.
const stress = [
  'الاسكندرية', 'ستر و عافيه', '٣٠ مليون', '30 million', 'اسوان', 'القوافل الاجتماعية', 'مسئولية', 'الدعم الغذائى', 'caravans',
  'relief support', 'مستفيدون', 'بنى سويف', 'الإسكند', 'قاعدة بيانات المواطنين', '250 ألف', 'school supplies', 'شيء غير موجود',
];
const queries = [...searchCases.map((c) => c.query), ...stress];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(kind: Corpus): number {
  const docs = corpus(kind, DOCS, random(42));
  const t0 = performance.now();
  const index = createSearchIndex(docs);
  const buildMs = performance.now() - t0;

  for (let i = 0; i < 200; i++) runSearch(index, queries[i % queries.length]); // warm up the JIT
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const stressTimes: number[] = [];
  const byQuery = new Map<string, number[]>();
  let hits = 0;
  let matched = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = queries[i % queries.length];
    const cpu = process.cpuUsage();
    const start = performance.now();
    const r = runSearch(index, q, 30);
    times.push(performance.now() - start);
    if (i % queries.length >= searchCases.length) stressTimes.push(times[times.length - 1]);
    byQuery.set(q, [...(byQuery.get(q) ?? []), times[times.length - 1]]);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    hits += r.hits.length;
    matched += r.total;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  stressTimes.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const fmt = (ms: number) => ms.toFixed(2).padStart(7);
  console.log(`\n[${kind}] ${DOCS.toLocaleString('en')} documents (title, body, number forms); ${QUERIES.toLocaleString('en')} queries over ${queries.length} distinct ones, after 200 warm-up`);
  console.log(`  index build   ${buildMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  console.log(`  matches       ${(matched / QUERIES).toFixed(0)} documents per query on average (${(hits / QUERIES).toFixed(1)} returned, limit 30)`);
  console.log(`  p50 ${fmt(percentile(times, 50))} ms   p95 ${fmt(p95)} ms   p99 ${fmt(percentile(times, 99))} ms   mean ${fmt(mean)} ms   max ${fmt(times[times.length - 1])} ms`);
  console.log(`  stress only   p50 ${fmt(percentile(stressTimes, 50))} ms   p95 ${fmt(percentile(stressTimes, 95))} ms   (${stressTimes.length} of the runs)`);
  console.log(`  CPU time      p50 ${fmt(percentile(cpuTimes, 50))} ms   p95 ${fmt(percentile(cpuTimes, 95))} ms   p99 ${fmt(percentile(cpuTimes, 99))} ms`);
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms → ${p95 <= TARGET_P95_MS ? 'met' : 'NOT MET'}`);
  if (process.env.BENCH_VERBOSE) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const slowest = [...byQuery].map(([q, xs]) => [q, median(xs)] as const).sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [q, ms] of slowest) console.log(`    ${fmt(ms)} ms median  ${q}`);
  }
  return p95;
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');

function main() {
  console.log('Search latency over synthetic corpora (lib/search: Arabic folding, term expansion, minisearch)');
  console.log(`Queries: ${searchCases.length} from the search query set + ${stress.length} stress queries; load average before: ${load()}`);
  const kinds: Corpus[] = process.env.BENCH_CORPUS ? [process.env.BENCH_CORPUS as Corpus] : ['zipf', 'dense'];
  for (const kind of kinds) measure(kind);
  console.log(`\nMachine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}; load average after (1, 5, 15 min): ${load()}`);
  console.log(`Command: BENCH_DOCS=${DOCS} BENCH_QUERIES=${QUERIES} npx tsx bench/search.ts`);
}

main();
