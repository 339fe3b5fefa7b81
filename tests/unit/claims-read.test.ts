import { describe, expect, it } from 'vitest';
import { readClaim } from '@/lib/claims/read';
import { sameSize, significantDigits, subtractDecimals } from '@/lib/claims/size';

const only = (claim: string) => {
  const { numbers } = readClaim(claim);
  expect(numbers).toHaveLength(1);
  return numbers[0];
};

describe('reading the words around a number', () => {
  it.each([
    ['التحالف أنفق 2 مليار جنيه', 'spent'],
    ['اتصرف ملياري جنيه', 'spent'],
    ['ادّوا 2 مليار جنيه', 'spent'],
    ['رصد 2 مليار جنيه', 'allocated'],
    ['المبلغ المخصص 2 مليار جنيه', 'allocated'],
    ['التزمت القوافل بـ 2 مليار جنيه', 'committed'],
    ['وصلوا لـ30 مليون مواطن', 'reached'],
    ['استفاد 250 ألف مستفيد', 'reached'],
    ['استهدف 250 ألف مستفيد', 'targeted'],
    ['37.4 مليون مواطن في قاعدة البيانات', 'registered'],
    ['القوافل خدمت 250 ألف أسرة', 'served'],
    ['قدموا الدعم لـ 250 ألف أسرة', 'served'],
    ['The alliance spent EGP 2 billion', 'spent'],
    ['EGP 2 billion was earmarked', 'allocated'],
    ['The caravans served 250,000 families', 'served'],
  ])('%s → %s', (claim, measure) => {
    expect(only(claim).measure?.value).toBe(measure);
  });

  it('tells families, beneficiaries and citizens apart, in both languages and in Egyptian', () => {
    expect(only('250 ألف أسرة').unit?.value).toBe('families');
    expect(only('ربع مليون عيلة').unit?.value).toBe('families');
    expect(only('250,000 households').unit?.value).toBe('families');
    expect(only('250 ألف مستفيد').unit?.value).toBe('beneficiaries');
    expect(only('30 مليون من المواطنين').unit?.value).toBe('persons');
    expect(only('37.4 مليون من الأكثر احتياجًا').unit?.value).toBe('persons');
    expect(only('30 million people').unit?.value).toBe('persons');
  });

  it('reads money: pounds, dollars and signs, before or after the number, and amounts for each one', () => {
    expect(only('2 مليار جنيه').currency?.value).toBe('EGP');
    expect(only('ملياري جنيهًا').currency?.value).toBe('EGP');
    expect(only('EGP 2 billion').currency?.value).toBe('EGP');
    expect(only('2 مليار ج.م').currency?.value).toBe('EGP');
    expect(only('$5 million').currency?.value).toBe('USD');
    expect(only('8 آلاف جنيه لكل مستفيد').per?.value).toBe('beneficiaries');
    expect(only('كل أسرة حصلت على 8 آلاف جنيه').per?.value).toBe('families');
    expect(only('8,000 pounds per family').per?.value).toBe('families');
    // "لكل الأسر" is for all the families, not for each one.
    expect(only('2 مليار جنيه لكل الأسر').per).toBeNull();
  });

  it('reads what the claim is about: programme, alliance, governorate, nation, years', () => {
    expect(only('قوافل ستر وعافية وصلت إلى 30 مليون').programme?.value).toBe('sitr-wa-afia');
    expect(only('ستروعافيه استهدفت 250 ألف').programme?.value).toBe('sitr-wa-afia');
    expect(only('رصد 2 مليار للإغاثة والقوافل').programme?.value).toBe('relief-caravans');
    expect(only('التحالف رصد 2 مليار').alliance).toBe('التحالف');
    expect(only('The National Alliance spent EGP 2 billion').national).toBeNull();
    expect(only('في الإسكندرية وصل التحالف إلى 30 مليون').governorate?.value).toBe('EG-ALX');
    expect(only('بالقاهرة 30 مليون مواطن').governorate?.value).toBe('EG-C');
    expect(only('in Kafr El Sheikh 30 million citizens').governorate?.value).toBe('EG-KFS');
    expect(only('30 مليون مواطن في كل المحافظات').national).toBeTruthy();
    expect(only('منذ مارس ٢٠٢٢ وصل التحالف إلى 30 مليون')).toMatchObject({ years: [2022], since: true });
  });

  it('reads hedges: about, more than, less than', () => {
    expect(only('نحو 37 مليون مواطن').hedge).toBe('about');
    expect(only('ما يقرب من 37 مليون مواطن').hedge).toBe('about');
    expect(only('أكثر من 30 مليون مواطن').hedge).toBe('more');
    expect(only('less than 300,000 beneficiaries').hedge).toBe('less');
  });

  it('gives each number of a sentence its own words', () => {
    const [money, people] = readClaim('رصد ٢ مليار جنيه واستهداف ٢٥٠ ألف مستفيد').numbers;
    expect([money.measure?.value, money.currency?.value]).toEqual(['allocated', 'EGP']);
    expect([people.measure?.value, people.unit?.value]).toEqual(['targeted', 'beneficiaries']);
    const [spent, families] = readClaim('التحالف أنفق 2 مليار جنيه على 250 ألف أسرة').numbers;
    expect(spent.measure?.value).toBe('spent');
    // Spending money on families does not say the families were counted as reached or served.
    expect(families.measure).toBeNull();
  });

  it('marks a thing no figure counts', () => {
    expect(only('100 ألف فرصة عمل').other).toBe('فرصة');
    expect(only('3 آلاف قافلة').other).toBe('قافلة');
    expect(only('2 million trees').other).toBe('trees');
    expect(only('2 مليار للقوافل').other).toBeNull();
  });
});

describe('comparing sizes exactly', () => {
  it('subtracts decimals exactly and counts significant digits', () => {
    expect(subtractDecimals('3000000000', '2000000000')).toBe('1000000000');
    expect(subtractDecimals('90', '80.213904')).toBe('9.786096');
    expect(subtractDecimals('250000', '300000')).toBe('-50000');
    expect(significantDigits('37400000')).toBe(3);
    expect(significantDigits('30000000')).toBe(1);
    expect(significantDigits('80.5')).toBe(3);
  });

  it('accepts the rounding the writer used, and nothing looser', () => {
    expect(sameSize('37000000', '37400000', null)).toBe(true);
    expect(sameSize('37500000', '37400000', null)).toBe(false);
    expect(sameSize('2000000000', '2400000000', null)).toBe(false);
    // "about" tolerates rounding to the claim's own precision only.
    expect(sameSize('35000000', '37400000', 'about')).toBe(false);
    expect(sameSize('37000000', '37400000', 'about')).toBe(true);
    expect(sameSize('30000000', '30000000', 'more')).toBe(false);
    expect(sameSize('30000000', '37400000', 'more')).toBe(true);
  });
});
