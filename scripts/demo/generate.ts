/**
 * Synthetic records for demo mode only: every name starts with [تجريبي] / [Demo], every value is drawn
 * from a seeded generator. Never imported by the normal seed (a unit test checks).
 */
import { DEMO_PREFIX } from '../../lib/demo';

/** A small seeded generator (mulberry32), so every demo database is the same. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ar = (s: string) => `${DEMO_PREFIX.ar} ${s}`;
const en = (s: string) => `${DEMO_PREFIX.en} ${s}`;

export const demoSource = {
  slug: 'demo-synthetic-data',
  kind: 'dataset',
  publisherAr: ar('مولّد بيانات اصطناعية'),
  publisherEn: en('Synthetic data generator'),
  titleAr: ar('بيانات اصطناعية لتجربة البوابة، ليست بيانات التحالف'),
  titleEn: en('Synthetic data for trying the portal, not the alliance’s data'),
  originAr: null,
  originEn: null,
  language: 'ar',
  publishedOn: new Date('2024-01-01T00:00:00Z'),
  publishedPrecision: 'day',
  url: null,
  quote: ar('نص اصطناعي لا يقتبس أي مصدر حقيقي.'),
  quoteTranslation: en('Synthetic text that quotes no real source.'),
  accessedOn: null,
};

const themes = [
  { ar: 'قافلة طبية', en: 'Medical caravan', kind: 'caravans' },
  { ar: 'توزيع سلال غذائية', en: 'Food basket distribution', kind: 'food-aid' },
  { ar: 'منح نقدية', en: 'Cash grants', kind: 'cash-aid' },
  { ar: 'حقائب مدرسية', en: 'School bags', kind: 'school-supplies' },
  { ar: 'إغاثة عاجلة', en: 'Emergency relief', kind: 'relief' },
] as const;

export function demoInitiatives(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const theme = themes[i % themes.length];
    const n = i + 1;
    return {
      slug: `demo-initiative-${n}`,
      nameAr: ar(`${theme.ar} ${n}`),
      nameEn: en(`${theme.en} ${n}`),
      summaryAr: ar(`مبادرة اصطناعية رقم ${n} لتجربة صفحات المبادرات والبحث.`),
      summaryEn: en(`Synthetic initiative number ${n} for trying the initiative pages and search.`),
      bodyAr: ar('هذه المبادرة غير موجودة. وُلّدت آليًا لتجربة البوابة، ولا تصف أي نشاط حقيقي للتحالف.'),
      bodyEn: en('This initiative does not exist. It was generated to try the portal and describes no real activity of the alliance.'),
      kind: theme.kind,
      startDate: new Date(Date.UTC(2023, i % 12, 1)),
      startPrecision: 'month',
      status: 'active',
      sortOrder: 100 + n,
      quote: demoSource.quote,
      quoteTranslation: demoSource.quoteTranslation,
    };
  });
}

export const demoFigures = [
  { slug: 'demo-families-food-baskets', ar: 'أسر حصلت على سلال غذائية', en: 'Families that received food baskets', unit: 'families', measure: 'served', scale: 40_000 },
  { slug: 'demo-medical-caravan-visits', ar: 'مستفيدون من القوافل الطبية', en: 'Beneficiaries of medical caravans', unit: 'beneficiaries', measure: 'served', scale: 25_000 },
  { slug: 'demo-cash-grants-amount', ar: 'المبلغ المنفق على المنح النقدية', en: 'Amount spent on cash grants', unit: 'EGP', measure: 'spent', scale: 30_000_000 },
  { slug: 'demo-school-bags-students', ar: 'طلاب مستهدفون بالحقائب المدرسية', en: 'Students targeted with school bags', unit: 'people', measure: 'targeted', scale: 8_000 },
] as const;

/** Values per governorate: spread over two orders of magnitude, and for people a few small counts. */
export function demoGovernorateValues(codes: readonly string[], scale: number, people: boolean, rnd: () => number): Map<string, number> {
  return new Map(
    codes.map((code, i) => {
      if (people && i % 9 === 4) return [code, Math.floor(rnd() * 10)];
      return [code, Math.round(scale * 10 ** (rnd() * 2 - 1))];
    }),
  );
}
