import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/claims/check';
import { checkCardWords } from '@/lib/claims/card-words';
import { toCheckRecord } from '@/lib/claims/record';
import { checkRecord } from '@/lib/claims/record-schema';
import { wrapWords } from '@/lib/claims/share-image-wrap';
import { claimValueText, differenceText, summaryText, verdictText, type CheckWords } from '@/lib/claims/words';
import type { ClaimData } from '@/lib/claims/targets';
import { foundingClaimData } from '../claims/founding';
import type { Locale } from '@/lib/i18n/locales';
import { inLocale } from '@/tests/support/locales';
import { allMessages } from '@/lib/i18n/messages';

// The fact-checker's findings on the claim check (issue 13, point 1), each a general rule with sentences written here.
const ar = foundingClaimData('ar');
const en = foundingClaimData('en');
const check = (claim: string, data: ClaimData = /[a-z]/i.test(claim) ? en : ar) => checkClaim(claim, data);
const one = (claim: string) => {
  const r = check(claim);
  expect(r.numbers).toHaveLength(1);
  return r.numbers[0];
};
const kinds = (n: ReturnType<typeof one>) => n.differences.map((d) => d.kind);

function translator(messages: Record<string, unknown>): (key: string, values?: Record<string, string | number>) => string {
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages);
    if (typeof text !== 'string') return key;
    return text.replace(/\{(\w+)(?:, plural,[^}]*\{[^}]*\}[^}]*)?\}/g, (_, k) => String(values[k] ?? `{${k}}`));
  };
}
const words = (locale: Locale): CheckWords => {
  const m = allMessages[locale] as unknown as Record<string, Record<string, unknown>>;
  return { t: translator(m.Check), measure: translator(m.Measures), locale, digits: 'latn' };
};
const unitWord = (u: string) => u;

describe('1. a match with a calculated figure says the portal calculated it', () => {
  it.each([
    ['وصلت المبادرة إلى 80.2% من المسجلين', 'ar'],
    ['Each targeted beneficiary was allocated EGP 8,000', 'en'],
  ] as const)('%s', (claim, locale) => {
    const n = one(claim);
    expect(n.target?.kind).toBe('derived');
    expect(n.verdict).toBe('matches');
    expect(n.calculated).toBe(true);
    const text = verdictText(n.verdict, words(locale), n.calculated);
    expect(text).toBe(inLocale({ ar: 'يطابق رقمًا حسبته البوابة من المصدر', en: 'matches a figure the portal calculated from the source' }, locale));
    const record = toCheckRecord(check(claim), words(locale), unitWord);
    expect(checkRecord.parse(record).numbers[0]).toMatchObject({ verdict: 'matches', calculated: true, verdictText: text });
  });

  it('a stated figure that matches keeps "matches the source"', () => {
    const n = one('registered 37.4 million citizens in the database');
    expect(n.verdict).toBe('matches');
    expect(n.calculated).toBe(false);
  });
});

describe('2. words of measure outweigh mere closeness of value', () => {
  it.each(['قاعدة البيانات سجلت حوالي 33 مليون مواطن', 'around 33 million citizens are registered in the database'])('%s', (claim) => {
    const n = one(claim);
    expect(n.target?.slug).toBe('database-citizens');
    expect(kinds(n)).toEqual(['size']);
  });
});

describe('3. "about" tolerates rounding to the claim\'s own precision only', () => {
  it.each(['the database holds nearly 40 million registered citizens', 'حوالي 40 مليون مواطن مسجلين في قاعدة البيانات'])('%s: 40 is not 37.4', (claim) => {
    const n = one(claim);
    expect(n.target?.slug).toBe('database-citizens');
    expect(kinds(n)).toEqual(['size']);
  });
  it('about 37 million is 37.4 million', () => {
    expect(kinds(one('roughly 37 million citizens are registered in the database'))).toEqual([]);
  });
  it('"more than" a value the source gives exactly says so', () => {
    const n = one('The alliance got to more than 30 million citizens');
    expect(kinds(n)).toEqual(['size']);
    const text = differenceText(n.differences[0], n.claim, n.target!, words('en'), unitWord);
    expect(text).toContain('exactly');
    expect(text).not.toMatch(/ratio/i);
  });
});

describe('4. a noun of support is not a measure; only a verb of serving is', () => {
  it('«وصلت المساعدات إلى 80%» is reached', () => {
    expect(one('وصلت المساعدات إلى 80% من المسجلين').claim.measure?.value).toBe('reached');
  });
  it('«دعمت القوافل 250 ألف مستفيد» still serves', () => {
    expect(one('دعمت القوافل 250 ألف مستفيد').claim.measure?.value).toBe('served');
  });
});

describe('5. size across scopes is not compared as a ratio', () => {
  it('a governorate amount against the national one', () => {
    const r = check('خصصت قوافل الإغاثة 700 مليون جنيه لمحافظة سوهاج');
    const n = r.numbers[0];
    expect(kinds(n)).toContain('scope');
    const size = n.differences.find((d) => d.kind === 'size');
    if (size) {
      const text = differenceText(size, n.claim, n.target!, words('ar'), unitWord);
      expect(text).not.toContain('النسبة');
      expect(text).toContain('لا يذكر قيمة لهذا النطاق');
      expect(checkRecord.parse(toCheckRecord(r, words('ar'), unitWord)).numbers[0].differences.find((d) => d.kind === 'size')?.ratio).toBeNull();
    }
  });
});

describe('6. the summary never says "no difference" when a number found nothing', () => {
  it('names the numbers the source has nothing for', () => {
    const r = check('وفر التحالف 900 ألف فرصة عمل');
    const text = summaryText(r, words('ar'));
    expect(text).not.toContain('لم نجد فرقًا');
    expect(text).toContain('900 ألف');
  });
});

describe('7. other readings are the same kind of thing, within a factor of 10', () => {
  it.each(['The alliance reached 31 million people', 'رصد التحالف 2 مليار جنيه للقوافل', 'وصل التحالف لـ 79% من المسجلين'])('%s', (claim) => {
    const n = one(claim);
    for (const a of n.alternatives) {
      const ratio = Number(a.value) / (n.claim.percent ? Number(n.claim.value) / 100 : Number(n.claim.value));
      expect(ratio).toBeGreaterThanOrEqual(0.1);
      expect(ratio).toBeLessThanOrEqual(10);
    }
  });
});

describe('8. numbers are echoed in the claim\'s own words', () => {
  it.each([
    ['استهدفت القوافل 10 آلاف أسرة', '10 آلاف'],
    ['رصد التحالف خمسة مليارات جنيه للقوافل', 'خمسة مليارات جنيه'],
  ])('%s', (claim, said) => {
    expect(claimValueText(one(claim).claim, words('ar'))).toContain(said);
  });
});

describe('10. the share image', () => {
  it('cuts a long line after a whole word, with an ellipsis', () => {
    const lines = wrapWords((s) => s.length * 10, 'المصدر: موقع إخباري مصري، تقرير عن التحالف الوطني للعمل الأهلي التنموي', 200, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith(' …')).toBe(true);
    const kept = lines[0].slice(0, -2);
    expect('المصدر: موقع إخباري مصري، تقرير عن التحالف الوطني للعمل الأهلي التنموي'.startsWith(`${kept} `)).toBe(true);
  });
  it('says what the source says instead for a "does not say" verdict, and the source\'s date', () => {
    const r = check('أنفق التحالف 2 مليار جنيه على القوافل');
    const card = checkCardWords(r, words('ar'), { site: 'شفافية', link: 'https://x/ar/check', attribution: () => 'موقع' });
    expect(r.numbers[0].verdict).toBe('not-stated');
    expect(card.sourceSays).toMatch(/^المصدر يقول: /);
    expect(card.source).toMatch(/·/);
    expect(card.verdictKinds?.[0]).toBe('not-stated');
  });
});
