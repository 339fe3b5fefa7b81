import { describe, expect, it } from 'vitest';
import { foldText, stemArabic } from '@/lib/search/normalize';
import { termsOf } from '@/lib/search/analyze';
import { canonicalDecimal, extractNumbers } from '@/lib/numbers/parse';
import { createSearchIndex, runSearch, type SearchDocument } from '@/lib/search/engine';

/** True when searching `query` finds a record whose only text is `text`. */
function finds(query: string, text: string): boolean {
  const docs: SearchDocument[] = [
    { id: 'target', title: text, body: '', numbers: '' },
    { id: 'other', title: 'نص آخر لا علاقة له unrelated words', body: '', numbers: '' },
  ];
  return runSearch(createSearchIndex(docs), query).hits.some((h) => h.id === 'target');
}

describe('Arabic folding, each rule with real words', () => {
  it('folds alef with hamza below: "الاسكندرية" finds "الإسكندرية"', () => {
    expect(finds('الاسكندرية', 'الإسكندرية')).toBe(true);
    expect(finds('الإسكندرية', 'الاسكندرية')).toBe(true);
  });

  it('folds alef with hamza above: "اسوان" finds "أسوان", "الاقصر" finds "الأقصر"', () => {
    expect(finds('اسوان', 'أسوان')).toBe(true);
    expect(finds('الاقصر', 'الأقصر')).toBe(true);
  });

  it('folds alef madda and alef wasla: "الاف" finds "آلاف", "القاهرة" finds "ٱلقاهرة"', () => {
    expect(foldText('آلاف')).toBe('الاف');
    expect(finds('الاف', 'آلاف')).toBe(true);
    expect(finds('القاهرة', 'ٱلقاهرة')).toBe(true);
  });

  it('folds alef maqsura: "بنى سويف" finds "بني سويف", "الوادى الجديد" finds "الوادي الجديد"', () => {
    expect(finds('بنى سويف', 'بني سويف')).toBe(true);
    expect(finds('الوادى الجديد', 'الوادي الجديد')).toBe(true);
  });

  it('folds teh marbuta and the conjunction written apart: "ستر و عافيه" finds "ستر وعافية"', () => {
    expect(finds('ستر و عافيه', 'قوافل “ستر وعافية”')).toBe(true);
    expect(finds('القاهره', 'القاهرة')).toBe(true);
  });

  it('drops the hamza from its carriers: "موسسات" finds "مؤسسات", "رييس" finds "رئيس"', () => {
    expect(foldText('مؤسسات')).toBe('موسسات');
    expect(finds('موسسات', 'مؤسسات')).toBe(true);
    expect(finds('رييس', 'رئيس')).toBe(true);
  });

  it('removes diacritics and tatweel: "مُسْتَفِيد" and "التحالــف" find the plain words', () => {
    expect(foldText('مُسْتَفِيدٌ')).toBe('مستفيد');
    expect(finds('مُسْتَفِيد', 'مستفيد')).toBe(true);
    expect(finds('التحالــف', 'التحالف')).toBe(true);
    expect(finds('التحالف', 'التَّحالُف')).toBe(true);
  });

  it('folds Arabic-Indic and Persian digits: "٢٠٢٢" and "۲۰۲۲" find "مارس 2022"', () => {
    expect(foldText('٢٠٢٢ ۲۰۲۲')).toBe('2022 2022');
    expect(finds('٢٠٢٢', 'مارس 2022')).toBe(true);
    expect(finds('۲۰۲۲', 'مارس 2022')).toBe(true);
  });

  it('strips one prefix and light suffixes: plural and definite forms meet', () => {
    expect(stemArabic('الاسكندريه')).toBe('اسكندر');
    expect(finds('القوافل', 'قوافل ستر وعافية')).toBe(true);
    expect(finds('مستفيدون', 'مستفيدين')).toBe(true);
    expect(finds('المبادرات', 'مبادرة')).toBe(true);
    expect(finds('caravans', 'Sitr wa Afia caravan')).toBe(true);
  });
});

describe('numbers', () => {
  it('"٣٠ مليون" and "30 مليون" find the 30 million figure, not 37.4 million', () => {
    const docs: SearchDocument[] = [
      { id: 'reached', title: 'مواطنون وصل إليهم التحالف', body: '', numbers: '30000000 30,000,000 30 مليون 30 million' },
      { id: 'database', title: 'مواطنون في قاعدة البيانات', body: '', numbers: '37400000 37.4 مليون ٣٧٫٤ مليون' },
    ];
    const index = createSearchIndex(docs);
    for (const q of ['٣٠ مليون', '30 مليون', '۳۰ مليون', '30 million', '30,000,000', '٣٠٬٠٠٠٬٠٠٠', '30000000']) {
      expect(runSearch(index, q).hits.map((h) => h.id), q).toEqual(['reached']);
    }
    expect(runSearch(index, '٣٧٫٤ مليون').hits.map((h) => h.id)).toEqual(['database']);
    expect(runSearch(index, '37.4 million').hits.map((h) => h.id)).toEqual(['database']);
  });

  it('reads "ملياري جنيه" in a quote as two billion', () => {
    expect(finds('2 مليار', 'رصد ملياري جنيه')).toBe(true);
    expect(finds('2,000,000,000', 'رصد ملياري جنيه')).toBe(true);
    expect(finds('250 ألف', 'استهداف 250 ألف مستفيد')).toBe(true);
  });

  it('does not let a number prefix-match a larger one', () => {
    expect(finds('30', '300 أسرة')).toBe(false);
    expect(finds('30', '30 أسرة')).toBe(true);
  });

  it('canonicalises numbers exactly', () => {
    const values = (text: string) => extractNumbers(text).map((n) => n.value);
    expect(values('30,000,000')).toEqual(['30000000']);
    expect(canonicalDecimal('37.40')).toBe('37.4');
    expect(values('2,5')).toEqual(['2.5']);
    expect(values('37.4 مليون')).toEqual(['37400000']);
    expect(values('0.25 ألف')).toEqual(['250']);
    expect(termsOf('٣٧٫٤ مليون', 'query')).toEqual(['37400000']);
  });
});

describe('queries', () => {
  it('needs every word, and falls back to partial matches marked as such', () => {
    const index = createSearchIndex([
      { id: 'a', title: 'قوافل ستر وعافية', body: '', numbers: '' },
      { id: 'b', title: 'الدعم الغذائي', body: '', numbers: '' },
    ]);
    expect(runSearch(index, 'قوافل ستر').hits.map((h) => h.id)).toEqual(['a']);
    const partial = runSearch(index, 'قوافل الفضاء');
    expect(partial.partial).toBe(true);
    expect(partial.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('finds nothing for a query of stopwords or punctuation only', () => {
    const index = createSearchIndex([{ id: 'a', title: 'في القاهرة', body: '', numbers: '' }]);
    expect(runSearch(index, 'في').hits).toEqual([]);
    expect(runSearch(index, '  ؟!  ').queryTerms).toEqual([]);
  });

  it('matches the word being typed by its beginning', () => {
    expect(finds('الإسكند', 'الإسكندرية')).toBe(true);
    expect(finds('ستر وعاف', 'ستر وعافية')).toBe(true);
  });
});
