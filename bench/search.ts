/**
 * `npm run bench:search`: search latency over a synthetic corpus, through the portal's own index and
 * normaliser (lib/search). Prints the corpus size, index build time and p50/p95/p99 per query.
 * BENCH_DOCS (default 10000), BENCH_QUERIES (default 2000) and BENCH_CORPUS (zipf | dense; both by
 * default) change the runs. Target: p95 ≤ 50 ms.
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

const queries = [
  'الاسكندرية', 'ستر و عافيه', '٣٠ مليون', '30 million', 'اسوان', 'القوافل الاجتماعية', 'مسئولية', 'الدعم الغذائى', 'caravans',
  'relief support', 'مستفيدون', 'بنى سويف', 'الإسكند', 'قاعدة بيانات المواطنين', '250 ألف', 'school supplies', 'شيء غير موجود',
];

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
  let hits = 0;
  let matched = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = queries[i % queries.length];
    const start = performance.now();
    const r = runSearch(index, q, 30);
    times.push(performance.now() - start);
    hits += r.hits.length;
    matched += r.total;
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const fmt = (ms: number) => ms.toFixed(2).padStart(7);
  console.log(`\n[${kind}] ${DOCS.toLocaleString('en')} documents (title, body, number forms); ${QUERIES.toLocaleString('en')} queries over ${queries.length} distinct ones, after 200 warm-up`);
  console.log(`  index build   ${buildMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  console.log(`  matches       ${(matched / QUERIES).toFixed(0)} documents per query on average (${(hits / QUERIES).toFixed(1)} returned, limit 30)`);
  console.log(`  p50 ${fmt(percentile(times, 50))} ms   p95 ${fmt(p95)} ms   p99 ${fmt(percentile(times, 99))} ms   mean ${fmt(mean)} ms   max ${fmt(times[times.length - 1])} ms`);
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms → ${p95 <= TARGET_P95_MS ? 'met' : 'NOT MET'}`);
  return p95;
}

function main() {
  console.log('Search latency over synthetic corpora (lib/search: Arabic folding + minisearch)');
  const kinds: Corpus[] = process.env.BENCH_CORPUS ? [process.env.BENCH_CORPUS as Corpus] : ['zipf', 'dense'];
  for (const kind of kinds) measure(kind);
  console.log(`\nMachine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}`);
  console.log(`Command: BENCH_DOCS=${DOCS} BENCH_QUERIES=${QUERIES} npx tsx bench/search.ts`);
}

main();
