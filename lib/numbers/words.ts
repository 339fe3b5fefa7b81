/**
 * Number words, Arabic (standard and Egyptian) and English, written in the spelling foldForNumbers makes:
 * أ إ آ ٱ → ا, ى → ي, ة → ه, no harakat or tatweel, digits 0-9, Latin in lower case.
 */

/** Harakat and the superscript alef: dropped when folding, and kept at the end of a mention's raw text. */
export const MARK = /[\u064B-\u065F\u0670]/;
const LETTERS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك', '٫': '.', '٬': ',' };

/** Folds spellings and digits one character at a time, keeping where each folded character came from. */
export function foldForNumbers(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if ((ch === 'ي' || ch === 'ى') && text[i + 1] === '\u0654') {
      folded += 'ئ'; // a decomposed hamza on yeh is still the ئ of "مئة"
      from.push(i++);
      continue;
    }
    if (MARK.test(ch) || ch === '\u0640') continue;
    if (code >= 0x660 && code <= 0x669) folded += String(code - 0x660);
    else if (code >= 0x6f0 && code <= 0x6f9) folded += String(code - 0x6f0);
    else if (code >= 65 && code <= 90) folded += ch.toLowerCase();
    else folded += LETTERS[ch] ?? ch;
    from.push(i);
  }
  from.push(text.length);
  return { folded, from };
}

export type NumberWord =
  /** 1–19 and the tens; a run of them is added up ("خمسة وعشرون", "خمسة عشر"). */
  | { kind: 'unit'; value: bigint }
  /** times: multiplies a unit just before it ("ثلاث مائة", "two hundred"); colloquial forms need a scale after them. */
  | { kind: 'hundred'; value: bigint; times: boolean; colloquial: boolean }
  /**
   * exp: the power of ten. alone: what the word means with no number before it (null: vague, as "آلاف").
   * follows: it can scale a number before it. attached: only written right after digits ("30m", "250k").
   */
  | { kind: 'scale'; exp: number; alone: bigint | null; follows: boolean; attached: boolean }
  /** lead: needs "a" or a count before it, since "third" alone is usually an ordinal. */
  | { kind: 'fraction'; num: bigint; den: bigint; lead: boolean }
  /** A plural fraction that takes a count: "ثلاثة أرباع", "three quarters". */
  | { kind: 'fractions'; den: bigint }
  | { kind: 'article' };

const ARABIC = new Map<string, NumberWord>();
const ENGLISH = new Map<string, NumberWord>();

function units(table: Map<string, NumberWord>, rows: [number, string[]][]) {
  for (const [value, words] of rows) for (const w of words) table.set(w, { kind: 'unit', value: BigInt(value) });
}

units(ARABIC, [
  [1, ['واحد', 'واحده', 'احد', 'احدي']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي', 'اتنين', 'اتنان']],
  [3, ['ثلاث', 'ثلاثه', 'تلات', 'تلاته']],
  [4, ['اربع', 'اربعه']],
  [5, ['خمس', 'خمسه']],
  [6, ['ست', 'سته']],
  [7, ['سبع', 'سبعه']],
  [8, ['ثمان', 'ثماني', 'ثمانيه', 'تمان', 'تماني', 'تمانيه', 'تمنيه', 'تمن']],
  [9, ['تسع', 'تسعه']],
  [10, ['عشر', 'عشره']],
  // Egyptian teens are one word.
  [11, ['حداشر']], [12, ['اتناشر']], [13, ['تلتاشر', 'طلتاشر']], [14, ['اربعتاشر', 'اربعطاشر']],
  [15, ['خمستاشر', 'خمسطاشر']], [16, ['ستاشر', 'سطاشر']], [17, ['سبعتاشر', 'سبعطاشر']],
  [18, ['تمنتاشر', 'تمنطاشر']], [19, ['تسعتاشر', 'تسعطاشر']],
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين', 'تلاتين']],
  [40, ['اربعون', 'اربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين', 'تمانين']],
  [90, ['تسعون', 'تسعين']],
]);

units(ENGLISH, [
  [1, ['one']], [2, ['two']], [3, ['three']], [4, ['four']], [5, ['five']], [6, ['six']], [7, ['seven']],
  [8, ['eight']], [9, ['nine']], [10, ['ten']], [11, ['eleven']], [12, ['twelve']], [13, ['thirteen']],
  [14, ['fourteen']], [15, ['fifteen']], [16, ['sixteen']], [17, ['seventeen']], [18, ['eighteen']],
  [19, ['nineteen']], [20, ['twenty']], [30, ['thirty']], [40, ['forty']], [50, ['fifty']], [60, ['sixty']],
  [70, ['seventy']], [80, ['eighty']], [90, ['ninety']],
]);

function hundred(words: string[], value: number, times: boolean, colloquial: boolean) {
  for (const w of words) ARABIC.set(w, { kind: 'hundred', value: BigInt(value), times, colloquial });
}

// Standard spellings of 100 and 200; the Egyptian "مية" is also "water", so it only counts before a scale word.
hundred(['مائه', 'مئه', 'مايه'], 100, true, false);
hundred(['مائتان', 'مائتين', 'مائتا', 'مائتي', 'مئتان', 'مئتين', 'مئتا', 'مئتي'], 200, false, false);
hundred(['ميه', 'ميت'], 100, true, true);
hundred(['ميتين'], 200, false, true);
// 300–900 written as one word: "ثلاثمائة", "ثلثمئة", Egyptian "تلتمية", "أربعمية", "ستمية", "خمسميت". Unlike "مية"
// alone, an Egyptian compound hundred is no other word, so it is a number with or without a scale after it.
const HUNDRED_STEMS: [number, string[], string[]][] = [
  [3, ['ثلاث', 'ثلث'], ['تلت', 'تلات', 'ثلاث', 'ثلث']], [4, ['اربع'], ['ربع', 'اربع']], [5, ['خمس'], ['خمس']], [6, ['ست'], ['ست']],
  [7, ['سبع'], ['سبع']], [8, ['ثمان', 'ثماني'], ['تمن', 'تمان', 'ثمن', 'ثمان']], [9, ['تسع'], ['تسع']],
];
for (const [n, standard, egyptian] of HUNDRED_STEMS) {
  hundred(standard.flatMap((s) => [`${s}مائه`, `${s}مئه`]), n * 100, false, false);
  hundred(egyptian.flatMap((s) => [`${s}ميه`, `${s}ميت`, `${s}مايه`]), n * 100, false, false);
}
ENGLISH.set('hundred', { kind: 'hundred', value: 100n, times: true, colloquial: false });

function scale(table: Map<string, NumberWord>, exp: number, forms: { one?: string[]; after?: string[]; two?: string[]; both?: string[] }) {
  const set = (words: string[] | undefined, alone: bigint | null, follows: boolean) => {
    for (const w of words ?? []) table.set(w, { kind: 'scale', exp, alone, follows, attached: false });
  };
  set(forms.one, 1n, true); // "مليون": one million alone, or a scale after a count
  set(forms.after, null, true); // "آلاف", "millions": a scale after a count, vague alone
  set(forms.two, 2n, false); // duals name their own count
  set(forms.both, 2n, true); // tanween forms: "ثلاثون مليونًا" after a count, a dual ("مليونا جنيه") alone
}

// "ألفا" alone is more often "alpha" than a dual, so it only scales a count.
scale(ARABIC, 3, { one: ['الف'], after: ['الفا', 'الاف', 'الوف', 'تلاف'], two: ['الفان', 'الفين', 'الفي'] });
scale(ARABIC, 6, { one: ['مليون'], after: ['ملايين'], two: ['مليونان', 'مليونين', 'مليوني'], both: ['مليونا'] });
scale(ARABIC, 9, {
  one: ['مليار', 'بليون'],
  after: ['مليارات', 'بلايين'],
  two: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين', 'بليوني'],
  both: ['مليارا', 'بليونا'],
});
scale(ARABIC, 12, { one: ['تريليون', 'ترليون'], after: ['تريليونات', 'ترليونات'], two: ['تريليونين', 'تريليوني', 'ترليونين', 'ترليوني'] });

scale(ENGLISH, 3, { one: ['thousand'], after: ['thousands'] });
scale(ENGLISH, 6, { one: ['million'], after: ['millions', 'mn', 'mln'] });
scale(ENGLISH, 9, { one: ['billion'], after: ['billions', 'bn', 'bln'] });
scale(ENGLISH, 12, { one: ['trillion'], after: ['trillions'] });
// "m" and "k" are million and thousand only glued to digits: "5 m" is five metres.
ENGLISH.set('m', { kind: 'scale', exp: 6, alone: null, follows: true, attached: true });
ENGLISH.set('k', { kind: 'scale', exp: 3, alone: null, follows: true, attached: true });

function fraction(table: Map<string, NumberWord>, words: string[], num: number, den: number, lead = false) {
  for (const w of words) table.set(w, { kind: 'fraction', num: BigInt(num), den: BigInt(den), lead });
}
fraction(ARABIC, ['ربع'], 1, 4);
fraction(ARABIC, ['نصف', 'نص'], 1, 2);
fraction(ARABIC, ['ثلث', 'تلت'], 1, 3);
fraction(ARABIC, ['ثلثي', 'ثلثا', 'تلتين'], 2, 3);
/** Egyptian "تلت تلاف", "تلت ملايين": before a plural scale "تلت" is three, not a third ("تلت مليون"). */
export const COUNT_BEFORE_PLURAL = new Map<string, bigint>([['تلت', 3n]]);
ARABIC.set('ارباع', { kind: 'fractions', den: 4n });
ARABIC.set('اثلاث', { kind: 'fractions', den: 3n });
fraction(ENGLISH, ['half'], 1, 2);
fraction(ENGLISH, ['quarter'], 1, 4);
fraction(ENGLISH, ['third'], 1, 3, true);
ENGLISH.set('quarters', { kind: 'fractions', den: 4n });
ENGLISH.set('thirds', { kind: 'fractions', den: 3n });
ENGLISH.set('a', { kind: 'article' });
ENGLISH.set('an', { kind: 'article' });

/** Words that mark the number before them as a percentage; "في" + one of PERCENT_AFTER_FI does too. */
export const PERCENT_WORDS = new Set(['بالمئه', 'بالمائه', 'بالميه', 'بالمايه', 'percent', 'pct']);
export const PERCENT_AFTER_FI = new Set(['المئه', 'المائه', 'الميه', 'المايه']);

export interface FoundWord {
  word: NumberWord;
  /** Letters attached before the number word (و ب ل ف ك, and ال on scale words): not part of the number. */
  prefix: string;
}

// One conjunction (و ف) and one preposition (ب ل ك), in that order, may be glued to an Arabic word.
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** The number word a folded word is, once prefixes are set aside; null for any other word. */
export function lookupWord(folded: string): FoundWord | null {
  const english = ENGLISH.get(folded);
  if (english) return { word: english, prefix: '' };
  for (const p of PREFIXES) {
    if (!folded.startsWith(p)) continue;
    const rest = folded.slice(p.length);
    const word = ARABIC.get(rest);
    if (word) return { word, prefix: p };
    // The article only on scale words: "المليون" is a million, but "المئة" in "في المئة" is no hundred.
    const article = rest.startsWith('ال') ? 2 : p.endsWith('ل') && rest.startsWith('ل') ? 1 : 0;
    const scaled = article ? ARABIC.get(rest.slice(article)) : undefined;
    if (scaled?.kind === 'scale') return { word: scaled, prefix: folded.slice(0, p.length + article) };
  }
  return null;
}
