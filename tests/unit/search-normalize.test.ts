import { describe, expect, it } from 'vitest';
import { foldText, keysOfWord, stemArabic } from '@/lib/search/normalize';
import { FORMS, SYNONYMS } from '@/lib/search/rules';
import { termsOf } from '@/lib/search/analyze';
import { canonicalDecimal, extractNumbers } from '@/lib/numbers/parse';
import { createSearchIndex, runSearch, type SearchDocument } from '@/lib/search/engine';
import { planQuery } from '@/lib/search/query';

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

describe('forms of one word', () => {
  it('meets broken plurals and their singulars both ways', () => {
    for (const [a, b] of [['قافلة', 'قوافل ستر وعافية'], ['القوافل', 'قافلة طبية'], ['مشروع', 'المشاريع'], ['مدرسة', 'المدارس'], ['طفل', 'أطفال']]) {
      expect(finds(a, b), `${a} → ${b}`).toBe(true);
    }
  });

  it('meets sound plurals and singulars: مبادرة/مبادرات، مستفيد/مستفيدين/مستفيدون، مواطن/مواطنين، محافظة/محافظات، جنيه/جنيهات', () => {
    for (const [a, b] of [['مبادرة', 'المبادرات'], ['مستفيد', 'المستفيدين'], ['مستفيدون', 'مستفيد'], ['مواطن', 'مواطنين'], ['محافظة', 'المحافظات'], ['جنيه', 'جنيهات'], ['أسرة', 'الأسر']]) {
      expect(finds(a, b), `${a} → ${b}`).toBe(true);
    }
  });

  it('reads a word ending in tanween on alef as the word: "احتياج" finds "احتياجًا"', () => {
    expect(foldText('احتياجًا')).toBe('احتياج');
    expect(finds('احتياج', 'الأكثر احتياجًا')).toBe(true);
  });

  it('keeps a leading و that belongs to the word: "وصول" finds "الوصول", "وطني" finds "الوطني"', () => {
    expect(finds('وصول', 'الوصول إلى 30 مليون')).toBe(true);
    expect(finds('وطني', 'التحالف الوطني')).toBe(true);
  });

  it('finds a word written with a preposition on it: "دعم" finds "بدعم", "ملف" finds "لملف"', () => {
    expect(finds('دعم', 'بدعم الفئات')).toBe(true);
    expect(finds('ملف', 'لملف الإغاثة')).toBe(true);
  });

  it('strips pronoun and plural-verb endings: "وصل" finds "وصلهم", "صرف" finds "صرفوا"', () => {
    expect(finds('وصل', 'من وصلهم الدعم')).toBe(true);
    expect(finds('صرف', 'صرفوا المبلغ')).toBe(true);
  });

  it('lists only forms the suffix rules do not already meet', () => {
    const stem = (w: string) => keysOfWord(foldText(w), 'query')[0];
    for (const [form, base] of FORMS) expect(stem(form), `${form} / ${base}`).not.toBe(stem(base));
  });
});

describe('synonyms', () => {
  it('meets the words readers use for one thing, in standard Arabic, Egyptian and English', () => {
    const pairs = [
      ['انفاق', 'ولا يعني أنه أُنفق'], ['صرف', 'المبلغ المُنفَق'], ['مصروف', 'إنفاق الدولة'], ['اتصرف', 'أنفق التحالف'],
      ['عائلة', 'دعم الأسر'], ['عيلة', 'أسرة'], ['عائلات', 'الأسر الأكثر احتياجًا'],
      ['رصد', 'المبلغ المخصص'], ['تخصيص', 'المبلغ المرصود'], ['مخصص', 'رُصد ملياري جنيه'],
      ['وصل', 'استطاع الوصول إلى'], ['الوصول', 'وصل التحالف'],
      ['سجل', 'قاعدة بيانات تضم'], ['قاعدة بيانات', 'سجل المواطنين'], ['قاعدة بيانات', 'المسجلين'],
      ['spending', 'the amount was spent'], ['family', 'neediest households'], ['earmarked', 'allocated to relief'],
    ];
    for (const [q, text] of pairs) expect(finds(q, text), `${q} → ${text}`).toBe(true);
  });

  it('keeps apart what a fact-checker must tell apart: spent/allocated, family/beneficiary, reached/targeted', () => {
    for (const [q, text] of [['انفاق', 'مبلغ مرصود'], ['رصد', 'مبلغ أُنفق'], ['أسرة', '250 ألف مستفيد'], ['مستفيد', 'الأسر'], ['وصل', 'استهداف المواطنين'], ['spent', 'allocated'], ['family', 'beneficiaries']]) {
      expect(finds(q, text), `${q} must not find ${text}`).toBe(false);
    }
  });

  it('matches a multi-word synonym only when its words stand together', () => {
    expect(finds('سجل', 'قاعدة بيانات المواطنين')).toBe(true);
    expect(finds('سجل', 'قاعدة الهرم وبيانات أخرى')).toBe(false);
  });

  it('puts no word in two synonym groups', () => {
    const owner = new Map<string, string>();
    for (const [group, members] of Object.entries(SYNONYMS)) {
      for (const m of members) {
        const key = keysOfWord(foldText(m), 'query')[0] + (m.includes(' ') ? ` ${m}` : '');
        expect(owner.get(key) ?? group, `${m} is in ${owner.get(key)} and ${group}`).toBe(group);
        owner.set(key, group);
      }
    }
  });
});

describe('spelling as people type and speak', () => {
  it('folds letters Egyptian speech confuses: ث/ت, ذ/ز/د, ظ/ض', () => {
    expect(finds('الاغاتة', 'ملف الإغاثة')).toBe(true);
    expect(finds('تلاتين', 'ثلاثين')).toBe(true);
    expect(finds('تنفيز', 'تنفيذًا لتوجيهات')).toBe(true);
    expect(finds('دهب', 'ذهب')).toBe(true);
    expect(finds('محافضة', 'محافظة الجيزة')).toBe(true);
  });

  it('reads words run together: «ستروعافيه» and «سترعافية» find «ستر وعافية»', () => {
    expect(finds('ستروعافيه', 'قوافل “ستر وعافية”')).toBe(true);
    expect(finds('سترعافية', 'قوافل “ستر وعافية”')).toBe(true);
    expect(finds('كفرالشيخ', 'كفر الشيخ')).toBe(true);
  });

  it('reads one word typed apart: «بور سعيد» finds «بورسعيد»', () => {
    expect(finds('بور سعيد', 'بورسعيد')).toBe(true);
  });

  it('reads Egyptian أ for ق only when the word as typed finds nothing', () => {
    expect(finds('أوافل', 'قوافل ستر وعافية')).toBe(true);
    // "أسر" is a word the index holds, so it is never read as "قسر".
    const index = createSearchIndex([
      { id: 'families', title: 'الأسر', body: '', numbers: '' },
      { id: 'other', title: 'قسر', body: '', numbers: '' },
    ]);
    expect(runSearch(index, 'أسر').hits.map((h) => h.id)).toEqual(['families']);
  });

  it('allows one typo in a longer word that finds nothing as typed: "مسئولية" finds "مسؤولية"', () => {
    expect(finds('مسئولية', 'مسؤولية اجتماعية')).toBe(true);
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

  it('falls back to every word the index holds before any word: "قوافل الفضاء" finds the caravans, marked partial', () => {
    const index = createSearchIndex([
      { id: 'a', title: 'قوافل ستر وعافية', body: '', numbers: '' },
      { id: 'b', title: 'ستر', body: '', numbers: '' },
    ]);
    const r = runSearch(index, 'قوافل ستر الفضاء');
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('gives the same records and scores when a rare word narrows the search first', () => {
    const docs = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, title: i % 12 === 0 ? 'قوافل نادرة' : 'قوافل', body: 'الدعم '.repeat((i % 3) + 1), numbers: '' }));
    const index = createSearchIndex(docs);
    const { parts } = planQuery('نادرة الدعم قوافل', index.vocabulary);
    const plain = index.library.search({ combineWith: 'AND', queries: parts.map((p) => p.query) });
    const narrowed = runSearch(index, 'نادرة الدعم قوافل', 100);
    expect(narrowed.hits.map((h) => [h.id, h.score])).toEqual(plain.map((r) => [r.id, r.score]));
    expect(narrowed.total).toBe(5);
  });

  it('matches the word being typed by its beginning', () => {
    expect(finds('الإسكند', 'الإسكندرية')).toBe(true);
    expect(finds('ستر وعاف', 'ستر وعافية')).toBe(true);
  });
});
