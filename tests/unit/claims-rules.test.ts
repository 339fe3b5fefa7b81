import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/claims/check';
import { readClaim } from '@/lib/claims/read';
import type { ClaimData } from '@/lib/claims/targets';
import { foundingClaimData } from '../claims/founding';

// General rules of the claim check, each with sentences written for this file (not the corpus's or the held-out
// set's): years as dates, calculated figures, clauses, money received per person, counts no figure has, and scope.
const ar = foundingClaimData('ar');
const en = foundingClaimData('en');
const check = (claim: string, data: ClaimData = /[a-z]/i.test(claim) ? en : ar) => checkClaim(claim, data);
const one = (claim: string, data?: ClaimData) => {
  const result = check(claim, data);
  expect(result.numbers).toHaveLength(1);
  return result.numbers[0];
};
const kinds = (n: ReturnType<typeof one>) => n.differences.map((d) => d.kind);

describe('a year after «عام», «سنة», «في», "in" or "by" is a date of the claim, not an amount', () => {
  it.each([
    ['رصد التحالف سنة 2020 ملياري جنيه للقوافل', 'relief-caravans-allocation', 2020],
    ['في عام 2019 استهدفت القوافل 250 ألف مستفيد', 'relief-caravans-targeted-beneficiaries', 2019],
    ['سنة 2024 وصل التحالف إلى 30 مليون مواطن', 'citizens-reached', 2024],
    ['By 2021 relief caravans had been allocated EGP 2 billion', 'relief-caravans-allocation', 2021],
    ['In 2019 EGP 2 billion went to the relief caravans', 'relief-caravans-allocation', 2019],
    ['The alliance has reached 30 million citizens in 2019', 'citizens-reached', 2019],
  ])('%s', (claim, slug, year) => {
    const result = check(claim);
    expect(result.ignored).toEqual([expect.objectContaining({ raw: String(year), reason: 'year' })]);
    expect(result.numbers).toHaveLength(1);
    const [n] = result.numbers;
    expect(n.claim.years).toEqual([year]);
    expect(n.target?.slug).toBe(slug);
    // A year the source gives no value for.
    expect(kinds(n)).toEqual(['date']);
    expect(n.verdict).toBe('not-stated');
  });

  it('keeps a year the source does give as a date that matches', () => {
    const n = one('خصصت القوافل سنة 2023 مليارين جنيه');
    expect(n).toMatchObject({ verdict: 'matches', claim: { years: [2023], currency: { value: 'EGP' } } });
  });

  it('still reads a four-digit count followed by what it counts', () => {
    expect(one('وزعت القوافل 2025 كرتونة')).toMatchObject({ verdict: 'not-stated', target: null, claim: { value: '2025', other: 'كرتونة' } });
    expect(one('استهدفت القوافل في 2000 أسرة').claim).toMatchObject({ value: '2000', unit: { value: 'families' }, years: [] });
  });
});

describe('calculated figures: money per targeted beneficiary and the reach rate', () => {
  it.each([
    'حصة كل مستفيد مستهدف من مخصصات القوافل تمانية آلاف جنيه',
    'Relief caravans budgeted EGP 8,000 for every targeted beneficiary',
    'The share of each targeted beneficiary was EGP 8,000',
  ])('%s matches the allocation per targeted beneficiary, with no unit or measure difference', (claim) => {
    const n = one(claim);
    expect(n.target?.slug).toBe('allocation-per-targeted-beneficiary');
    expect(n.claim.per?.value).toBe('beneficiaries');
    expect(n.differences).toEqual([]);
    expect(n.verdict).toBe('matches');
  });

  it.each([
    'The alliance got to around 80 per cent of registered citizens',
    'النسبة اللي اتوصلها التحالف 80٪ تقريبًا من المسجلين',
    'وصل التحالف لنحو 80% من المسجلين بقاعدة البيانات',
    'the alliance reached nearly 80% of those in its database',
  ])('%s matches the reach rate: "of the registered" is the whole, not the measure', (claim) => {
    const n = one(claim);
    expect(n.target?.slug).toBe('reach-rate');
    expect(n.claim.measure?.value ?? 'reached').toBe('reached');
    expect(n.differences).toEqual([]);
  });

  it('allows "about" a percentage only rounding to its own precision', () => {
    expect(kinds(one('حوالي 75% من المسجلين وصلهم التحالف'))).toEqual(['size']);
    expect(kinds(one('the alliance reached nearly 82% of those in its database'))).toEqual(['size']);
    expect(kinds(one('reached 82% of registered citizens'))).toEqual(['size']);
  });
});

describe('words bind to the number of their own clause', () => {
  it.each([
    'With 37.4 million registered, the alliance reached 30 million',
    'The database holds 37.4 million people, and the alliance has reached 30 million of them',
    'بعد تسجيل 37.4 مليون مواطن في قاعدة البيانات، استطاع التحالف الوصول إلى 30 مليونا منهم',
  ])('%s', (claim) => {
    const [registered, reached] = check(claim).numbers;
    expect([registered.claim.measure?.value, reached.claim.measure?.value]).toEqual(['registered', 'reached']);
    expect([registered.target?.slug, reached.target?.slug]).toEqual(['database-citizens', 'citizens-reached']);
    expect([registered.verdict, reached.verdict]).toEqual(['matches', 'matches']);
  });

  it('splits at «و» or "and" before a verb, and keeps a programme after one number to that number', () => {
    const [money, people] = check('رصد ٢ مليار جنيه للقوافل ووصل إلى ٣٠ مليون مواطن').numbers;
    expect([money.claim.measure?.value, people.claim.measure?.value]).toEqual(['allocated', 'reached']);
    expect(people.claim.programme).toBeNull();
    expect([money.verdict, people.verdict]).toEqual(['matches', 'matches']);
  });

  it('lets a clause with no number of its own speak for the nearest number, and a sentence opening for all', () => {
    expect(one('The alliance allocated, according to the study, EGP 2 billion to relief caravans').claim.measure?.value).toBe('allocated');
    const [a, b] = readClaim('في 2024 رصد التحالف 2 مليار جنيه ووصل إلى 30 مليون مواطن').numbers;
    expect([a.years, b.years]).toEqual([[2024], [2024]]);
  });
});

describe('money each one received is not the allocation per targeted beneficiary', () => {
  it.each([
    'كل مستفيد من القوافل استلم 8 آلاف جنيه',
    'كل مستفيد أخد تمن تلاف جنيه',
    'each relief-caravan beneficiary was paid EGP 8,000',
    'each beneficiary received 8,000',
  ])('%s', (claim) => {
    const n = one(claim);
    expect(n.target?.slug).toBe('allocation-per-targeted-beneficiary');
    expect(n.differences).toContainEqual(expect.objectContaining({ kind: 'measure', claim: 'spent', source: 'allocated' }));
    expect(kinds(n)).not.toContain('unit');
    expect(n.verdict).toBe('not-stated');
  });
});

describe('a number with a unit no figure counts is answered, never dropped', () => {
  it.each([
    ['The alliance operates in 27 governorates', '27'],
    ['التحالف موجود في 22 محافظة', '22'],
    ['التحالف درب 40 متطوع', '40'],
    ['the alliance sent 250 caravans', '250'],
    ['The alliance ran 300 schools', '300'],
  ])('%s', (claim, value) => {
    expect(one(claim)).toMatchObject({ verdict: 'not-stated', target: null, differences: [], claim: { value } });
  });
});

describe('scope: a total, a whole or a part the source gives no value for is "not stated"', () => {
  it.each([
    ['Overall, the alliance earmarked EGP 2 billion across all programmes', 'relief-caravans-allocation'],
    ['رصد 2 مليار جنيه لمبادرة ستر وعافية وحدها', 'relief-caravans-allocation'],
    ['الدعم النقدي وصل لتلاتين مليون مواطن', 'citizens-reached'],
    ['في الجيزة خصص 2 مليار جنيه للقوافل', 'relief-caravans-allocation'],
  ])('%s', (claim, slug) => {
    const n = one(claim);
    expect(n.target?.slug).toBe(slug);
    expect(kinds(n)).toEqual(['scope']);
    expect(n.verdict).toBe('not-stated');
  });

  it('says "differs" for a programme beside the source\'s, which the source speaks of', () => {
    const n = one('رصد 2 مليار جنيه للدعم الغذائي');
    expect(kinds(n)).toEqual(['scope']);
    expect(n.verdict).toBe('differs');
  });

  it('says "differs" when the source states a value for exactly the claimed scope', () => {
    // A figure for the alliance's whole allocation, beside the programme's.
    const allocation = ar.figures.find((f) => f.slug === 'relief-caravans-allocation')!;
    const total = {
      ...allocation, slug: 'alliance-total-allocation', label: 'إجمالي ما رصده التحالف', initiative: null, value: '5000000000',
      observations: allocation.observations.map((o) => ({ ...o, value: '5000000000' })), notStated: [],
    };
    const data = { ...ar, figures: [...ar.figures, total] };
    const n = one('التحالف رصد 2 مليار جنيه', data);
    expect(n.target?.slug).toBe('relief-caravans-allocation');
    expect(kinds(n)).toEqual(['scope']);
    expect(n.verdict).toBe('differs');
    expect(one('التحالف رصد 2 مليار جنيه').verdict).toBe('not-stated');
  });
});
