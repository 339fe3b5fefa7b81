import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiDocument } from '@/lib/api/openapi';
import { checkClaim } from '@/lib/claims/check';
import { toCheckRecord } from '@/lib/claims/record';
import { checkQuery } from '@/lib/claims/record-schema';
import { foundingClaimData } from '../claims/founding';
import { corpus, politicianSentence, politicianSentenceEn } from '../claims/corpus';
import { vocabulary } from '../claims/vocabulary';
import { locales } from '@/lib/i18n/locales';

function responseSchema() {
  const doc = openApiDocument('https://portal.example') as unknown as { paths: Record<string, any>; components: unknown };
  const get = doc.paths['/check'].get;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return { get, validate: ajv.compile({ ...get.responses['200'].content['application/json'].schema, components: doc.components }) };
}

describe('/api/v1/check', () => {
  it('is in the OpenAPI document with its query and an example claim', () => {
    const { get } = responseSchema();
    const names = get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(['claim', 'locale']);
    expect(get.parameters[0].schema.maxLength).toBe(1000);
    expect(get.parameters[0].schema.example ?? get.parameters[0].example).toBe(politicianSentence);
  });

  it('answers with a body that matches the document, in Arabic and in English', () => {
    const { validate } = responseSchema();
    for (const [locale, claim] of [['ar', politicianSentence], ['en', politicianSentenceEn], ['ar', 'وزع التحالف 5 ملايين وجبة في 2024'], ['en', 'The alliance reached 80% of those registered']] as const) {
      const v = vocabulary(locale);
      const record = toCheckRecord(checkClaim(claim, foundingClaimData(locale)), v.words('latn'), v.unitWord);
      expect(validate({ data: record }), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('says each difference in a sentence, and links to the result, its image and the observation', () => {
    const v = vocabulary('ar');
    const record = toCheckRecord(checkClaim(politicianSentence, foundingClaimData('ar')), v.words('latn'), v.unitWord);
    expect(record.permalink).toMatch(/\/ar\/check\?claim=%D8%A7/);
    expect(record.image).toMatch(/\/og\/ar\/check\?claim=/);
    const [money, people] = record.numbers;
    expect(money.verdictText).toBe('المصدر لا يذكر ذلك');
    expect(money.source?.observations[0].permalink).toMatch(/\/ar\/figures\/relief-caravans-allocation#observation-1$/);
    expect(money.differences.map((d) => d.text)).toEqual([
      'التصريح يقول «أنفق» (مبلغ مُنفَق)، والمصدر يقول: مبلغ مرصود.',
      'التصريح عن التحالف كله، والمصدر عن «الإغاثة والقوافل الاجتماعية» وحده.',
    ]);
    expect(people.differences[0].text).toBe('التصريح يعدّ أسرًا، والمصدر يعدّ مستفيدين.');
    expect(money.notStated).toEqual([{ kind: 'amount-spent', label: 'كم أُنفق فعلًا', note: expect.stringContaining('رُصد') }]);

    const e = vocabulary('en');
    const english = toCheckRecord(checkClaim(politicianSentenceEn, foundingClaimData('en')), e.words('latn'), e.unitWord);
    expect(english.numbers[0].verdictText).toBe('the source does not say');
    expect(english.numbers[1].differences[0].text).toBe('The claim counts families; the source counts beneficiaries.');
    expect(english.numbers[0].source?.valueText).toBe('EGP 2 billion');
  });

  it('words every result of the corpus in both languages, dates and sizes included', () => {
    const { validate } = responseSchema();
    for (const locale of locales) {
      const v = vocabulary(locale);
      const data = foundingClaimData(locale);
      for (const { claim } of corpus) {
        for (const digits of ['latn', 'arab'] as const) {
          const record = toCheckRecord(checkClaim(claim, data), v.words(digits), v.unitWord);
          expect(validate({ data: record }), claim).toBe(true);
        }
      }
    }
    const v = vocabulary('ar');
    const sized = toCheckRecord(checkClaim('القوافل صرفت 3 مليار جنيه على 250 ألف أسرة في 2024', foundingClaimData('ar')), v.words('latn'), v.unitWord);
    const texts = Object.fromEntries(sized.numbers[0].differences.map((d) => [d.kind, d.text]));
    expect(texts.size).toBe('التصريح يقول 3 مليار جنيه، والمصدر يقول 2 مليار جنيه. النسبة بينهما 1.5 (رقم التصريح ÷ رقم المصدر)، والفرق 1 مليار.');
    expect(texts.date).toBe('التصريح عن سنة 2024، وقيمة المصدر تصف نحو يناير 2023.');
  });

  it('validates the query: a claim of 1 to 1000 characters, a known locale', () => {
    expect(checkQuery.safeParse({ claim: 'x'.repeat(1001) }).success).toBe(false);
    expect(checkQuery.safeParse({ claim: '   ' }).success).toBe(false);
    expect(checkQuery.safeParse({ claim: 'x', locale: 'fr' }).success).toBe(false);
    expect(checkQuery.parse({ claim: ' التحالف ' })).toEqual({ claim: 'التحالف', locale: 'ar' });
  });
});
