import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/claims/check';
import { corpus, politicianSentence, politicianSentenceEn } from '../claims/corpus';
import { foundingClaimData } from '../claims/founding';
import { runCorpus } from '../claims/score';

describe('the claim check over the corpus of claims', () => {
  const run = runCorpus();

  it('holds at least 60 claims of every kind the issue asks for', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    for (const language of ['ar', 'eg', 'en'] as const) expect(corpus.filter((c) => c.language === language).length).toBeGreaterThanOrEqual(10);
    expect(corpus.some((c) => /[٠-٩]/.test(c.claim))).toBe(true);
    expect(corpus.some((c) => /ربع مليون|ملياري|مليارين|نص مليون|ثلاثين|thirty|quarter|two billion/.test(c.claim))).toBe(true);
    for (const kind of ['measure', 'unit', 'scope', 'date', 'size'] as const) expect(corpus.filter((c) => c.differences.includes(kind)).length).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((c) => c.differences.length === 0 && c.figures.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(corpus.filter((c) => c.figures.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(run.scores.map((s) => [s.name, s] as const))('%s: precision and recall at least 0.9', (_name, score) => {
    expect(score.precision, JSON.stringify(run.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, JSON.stringify(run.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the expected verdict for at least 90 % of the numbers', () => {
    expect(run.verdicts.right / run.verdicts.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the politician's sentence", () => {
  for (const [locale, sentence] of [['ar', politicianSentence], ['en', politicianSentenceEn]] as const) {
    it(`shows the three differences with the source's quote (${locale})`, () => {
      const result = checkClaim(sentence, foundingClaimData(locale));
      expect(result.differenceKinds).toEqual(['measure', 'unit', 'scope']);
      const [money, people] = result.numbers;
      expect(money.target?.slug).toBe('relief-caravans-allocation');
      expect(money.differences).toContainEqual(expect.objectContaining({ kind: 'measure', claim: 'spent', source: 'allocated' }));
      expect(money.differences).toContainEqual(
        expect.objectContaining({ kind: 'scope', claim: { kind: 'alliance' }, source: expect.objectContaining({ kind: 'programme', programme: 'relief-caravans' }) }),
      );
      expect(people.target?.slug).toBe('relief-caravans-targeted-beneficiaries');
      expect(people.differences).toContainEqual(expect.objectContaining({ kind: 'unit', claim: 'families', source: 'beneficiaries' }));
      expect(money.target?.observations[0]).toMatchObject({
        quote: expect.stringContaining('رصد ملياري جنيه'),
        permalink: '/figures/relief-caravans-allocation#observation-1',
        source: expect.objectContaining({ slug: 'ecss-study-article-2023' }),
      });
      // The figure lists what its source leaves out: that explains "the source does not say".
      expect(money.verdict).toBe('not-stated');
      expect(money.notStated.map((s) => s.kind)).toEqual(['amount-spent']);
      expect(people.notStated.map((s) => s.kind)).toEqual(['families']);
    });
  }

  it('says "the source says something different" when the figure lists nothing it leaves out', () => {
    const data = foundingClaimData('ar');
    const bare = { ...data, figures: data.figures.map((f) => ({ ...f, notStated: [] })) };
    // Spent for allocated, families for beneficiaries, with the programme named: only the figure's list makes it "not stated".
    const result = checkClaim('القوافل صرفت 2 مليار جنيه على 250 ألف أسرة', bare);
    expect(result.numbers.map((n) => n.verdict)).toEqual(['differs', 'differs']);
    // The whole alliance for one programme: no figure gives the alliance's total, whatever the list says.
    expect(checkClaim(politicianSentence, bare).numbers[0].verdict).toBe('not-stated');
  });
});

describe('sizes, dates and what is not compared', () => {
  const data = foundingClaimData('ar');

  it('says by how much a number is off, as a ratio and an exact difference', () => {
    const [n] = checkClaim('رصد 3 مليارات جنيه للإغاثة والقوافل الاجتماعية', data).numbers;
    expect(n.differences).toEqual([{ kind: 'size', claim: '3000000000', source: '2000000000', hedge: null, ratio: 1.5, difference: '1000000000', percent: false }]);
    const [rate] = checkClaim('وصل التحالف إلى 90% من المسجلين', data).numbers;
    expect(rate.differences[0]).toMatchObject({ kind: 'size', claim: '90', percent: true });
  });

  it('accepts the writer\'s rounding and "about", but not "more than" the same number', () => {
    expect(checkClaim('قاعدة البيانات تضم 37 مليون مواطن', data).numbers[0].verdict).toBe('matches');
    expect(checkClaim('قاعدة البيانات تضم 35 مليون مواطن', data).numbers[0].differences.map((d) => d.kind)).toEqual(['size']);
    expect(checkClaim('أكثر من 30 مليون مواطن وصلهم التحالف', data).numbers[0].differences.map((d) => d.kind)).toEqual(['size']);
  });

  it('leaves years and durations out of the comparison, uses the years as dates, and answers a count of governorates', () => {
    const result = checkClaim('خلال 10 أشهر من 2024 وصل التحالف إلى 30 مليون مواطن في 27 محافظة', data);
    expect(result.ignored.map((i) => i.reason)).toEqual(['duration', 'year']);
    expect(result.numbers).toHaveLength(2);
    expect(result.numbers[0].differences.map((d) => d.kind)).toEqual(['date']);
    expect(result.numbers[0].notStated.map((s) => s.kind)).toEqual(['period']);
    // No figure counts governorates: "the source does not say", never dropped.
    expect(result.numbers[1]).toMatchObject({ verdict: 'not-stated', target: null, claim: { value: '27', other: 'محافظة' } });
  });

  it('finds nothing to compare in a claim about something no figure counts, or with no number', () => {
    expect(checkClaim('وزع التحالف 5 ملايين وجبة', data).numbers[0]).toMatchObject({ verdict: 'not-stated', target: null, claim: { other: 'وجبة' } });
    expect(checkClaim('التحالف يعمل في كل المحافظات', data).numbers).toEqual([]);
  });
});
