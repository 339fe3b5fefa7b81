/**
 * The words a claim uses around its numbers, Arabic (standard and Egyptian) and English, written as people write
 * them; every form is folded once here with the same rules as the claim's words (lib/claims/text.ts).
 */
import type { Measure } from '../vocabulary';
import { governorateNames } from './places';
import { fold, type Token } from './text';

/**
 * An Arabic word ending in an alef that may be the seat of tanween: written "تقريبًا", the folded claim drops the alef
 * (the search's spelling rules), so "تقريبا" in a list also matches "تقريب".
 */
const TANWEEN_SEAT = /^[\u0600-\u06FF]{3,}ا$/;

/** "gave" is a verb of handing out: money handed out was spent, people handed something were served. */
export type MeasureWord = Measure | 'gave';
export type UnitClass = 'families' | 'beneficiaries' | 'persons';
export type Currency = 'EGP' | 'USD' | 'unspecified';
export type Programme = 'relief-caravans' | 'sitr-wa-afia' | 'cash' | 'food' | 'school';
export type Hedge = 'about' | 'more' | 'less';

/** Words and phrases for one value; a phrase is a list of words in a row. */
type Entry<T> = { value: T; words: string[] };

function build<T>(entries: Entry<T>[]): { value: T; phrase: string[] }[] {
  return entries
    .flatMap(({ value, words }) => words.map((w) => ({ value, phrase: fold(w).split(/\s+/) })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

const MEASURES = build<MeasureWord>([
  { value: 'spent', words: ['صرف', 'صرفت', 'صرفوا', 'اتصرف', 'اتصرفت', 'اتصرفوا', 'يصرف', 'مصروف', 'مصروفات', 'منصرف', 'أنفق', 'أنفقت', 'أنفقوا', 'إنفاق', 'ينفق', 'تنفق', 'منفق', 'اتنفق', 'تكلفة', 'تكلف', 'تكاليف', 'كلف', 'كلفت', 'spent', 'spend', 'spends', 'spending', 'expenditure', 'expenditures', 'expended', 'disbursed', 'disbursement', 'outlay', 'cost', 'costs'] },
  { value: 'gave', words: ['أدى', 'أدت', 'ادوا', 'ادّوا', 'أدّوا', 'أعطى', 'أعطت', 'أعطوا', 'ادى', 'وزع', 'وزعت', 'وزعوا', 'توزيع', 'اتوزع', 'اتوزعت', 'دفع', 'دفعت', 'دفعوا', 'منح', 'منحت', 'منحوا', 'حصل', 'حصلت', 'حصلوا', 'استلم', 'استلمت', 'استلموا', 'أخد', 'أخدت', 'أخدوا', 'أخذ', 'أخذت', 'أخذوا', 'ياخد', 'ياخدوا', 'يأخذ', 'خدوا', 'تلقى', 'تلقت', 'تلقوا', 'قدم', 'قدمت', 'قدموا', 'تقديم', 'يقدم', 'اتقدم', 'gave', 'give', 'given', 'gives', 'distributed', 'distribute', 'paid', 'pay', 'provided', 'provide', 'provides', 'handed', 'delivered', 'received', 'receive', 'receives', 'receiving', 'got', 'gets', 'took', 'takes'] },
  { value: 'allocated', words: ['رصد', 'رصدت', 'رصدوا', 'اترصد', 'مرصود', 'مرصودة', 'خصص', 'خصصت', 'خصصوا', 'اتخصص', 'تخصيص', 'مخصص', 'مخصصة', 'مخصصات', 'ميزانية', 'موازنة', 'اعتماد', 'اعتمادات', 'allocated', 'allocate', 'allocates', 'allocating', 'allocation', 'allocations', 'earmarked', 'earmark', 'budget', 'budgeted', 'budgets', 'set aside'] },
  { value: 'committed', words: ['التزم', 'التزمت', 'التزموا', 'التزام', 'التزامات', 'ملتزم', 'تعاقد', 'تعاقدات', 'متعاقد', 'تعهد', 'تعهدت', 'تعهدات', 'ارتباطات', 'committed', 'commit', 'commitment', 'commitments', 'pledged', 'pledge', 'pledges', 'contracted', 'obligated', 'obligations'] },
  { value: 'reached', words: ['وصل', 'وصلت', 'وصلوا', 'يصل', 'تصل', 'الوصول', 'وصول', 'توصل', 'استفاد', 'استفادت', 'استفادوا', 'يستفيد', 'استفادة', 'اتوصل', 'اتوصلوا', 'reached', 'reach', 'reaches', 'reaching', 'got to', 'get to', 'gets to', 'getting to', 'benefited', 'benefitted', 'benefiting'] },
  { value: 'targeted', words: ['استهدف', 'استهدفت', 'استهدفوا', 'يستهدف', 'تستهدف', 'استهداف', 'مستهدف', 'مستهدفة', 'مستهدفين', 'targeted', 'target', 'targets', 'targeting', 'aimed', 'aims'] },
  { value: 'registered', words: ['مسجل', 'مسجلة', 'مسجلين', 'سجل', 'سجلت', 'سجلوا', 'تسجيل', 'اتسجل', 'اتسجلوا', 'مقيدين', 'قاعدة', 'داتا', 'registered', 'register', 'registers', 'registry', 'database', 'enrolled', 'listed'] },
  { value: 'served', words: ['خدم', 'خدمت', 'خدموا', 'يخدم', 'ساعد', 'ساعدت', 'ساعدوا', 'مساعدة', 'مساعدات', 'دعم', 'دعمت', 'دعموا', 'يدعم', 'served', 'serve', 'serves', 'serving', 'helped', 'help', 'helps', 'supported', 'supports', 'assisted', 'aided'] },
]);

const UNITS = build<UnitClass>([
  { value: 'families', words: ['أسرة', 'أسر', 'أسرا', 'عائلة', 'عائلات', 'عيلة', 'عيلات', 'بيت', 'بيوت', 'family', 'families', 'household', 'households', 'homes'] },
  { value: 'beneficiaries', words: ['مستفيد', 'مستفيدة', 'مستفيدين', 'مستفيدون', 'مستفيدا', 'حالة', 'حالات', 'beneficiary', 'beneficiaries', 'recipient', 'recipients', 'cases'] },
  { value: 'persons', words: ['مواطن', 'مواطنين', 'مواطنون', 'مواطنا', 'شخص', 'أشخاص', 'شخصا', 'فرد', 'أفراد', 'فردا', 'نسمة', 'مصري', 'مصريين', 'إنسان', 'محتاج', 'محتاجين', 'احتياج', 'مستحق', 'مستحقين', 'فقراء', 'citizen', 'citizens', 'people', 'person', 'persons', 'individual', 'individuals', 'egyptians', 'residents', 'needy', 'poor'] },
]);

const CURRENCIES = build<Currency>([
  { value: 'EGP', words: ['جنيه', 'جنيها', 'جنيهات', 'جنيهًا', 'pound', 'pounds', 'egp', 'le'] },
  { value: 'USD', words: ['دولار', 'دولارا', 'دولارات', 'dollar', 'dollars', 'usd'] },
  { value: 'unspecified', words: ['مبلغ', 'مبالغ', 'قيمة', 'تمويل', 'تمويلات', 'أموال', 'فلوس', 'amount', 'funds', 'funding', 'money', 'worth'] },
]);

const PROGRAMMES = build<Programme>([
  { value: 'sitr-wa-afia', words: ['ستر وعافية', 'ستر و عافية', 'ستروعافية', 'sitr wa afia', 'sitr wa afya', 'sitr'] },
  { value: 'relief-caravans', words: ['قافلة', 'قوافل', 'إغاثة', 'إغاثي', 'relief', 'caravan', 'caravans', 'convoy', 'convoys'] },
  { value: 'cash', words: ['نقدي', 'نقدية', 'كاش', 'cash'] },
  { value: 'food', words: ['غذائي', 'غذائية', 'غذاء', 'أغذية', 'food'] },
  { value: 'school', words: ['دراسية', 'مدرسية', 'مدارس', 'school', 'schools'] },
]);

const HEDGES = build<Hedge>([
  { value: 'about', words: ['نحو', 'حوالي', 'حوالى', 'قرابة', 'تقريبا', 'زهاء', 'ما يقرب', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some'] },
  { value: 'more', words: ['أكثر من', 'اكتر من', 'ما يزيد', 'يزيد', 'فوق', 'over', 'more than', 'above', 'exceeding'] },
  { value: 'less', words: ['أقل من', 'اقل من', 'less than', 'fewer than', 'under', 'below', 'up to'] },
]);

const MARKERS = build<'alliance' | 'national' | 'since' | 'per' | 'share' | 'governorates' | 'duration' | 'month' | 'skip'>([
  // The alliance as a whole, or a total over all its programmes.
  {
    value: 'alliance',
    words: [
      'تحالف', 'alliance', 'إجمالي', 'جميع برامج', 'كل برامج', 'كافة برامج', 'جميع البرامج', 'كل البرامج', 'كافة البرامج', 'all programmes',
      'all its programmes', 'all of its programmes', 'all programs', 'all its programs', 'all of its programs', 'in total', 'overall',
    ],
  },
  { value: 'national', words: ['مصر', 'الجمهورية', 'كل المحافظات', 'جميع المحافظات', 'كافة المحافظات', 'egypt', 'nationwide', 'nationally', 'all governorates', 'across the country', 'whole country'] },
  { value: 'since', words: ['منذ', 'من أول', 'since'] },
  { value: 'per', words: ['لكل', 'per', 'each', 'for every', 'for each', 'للفرد', 'للأسرة', 'للمستفيد', 'للمواطن'] },
  // "نصيب المستفيد", "حصة كل أسرة", "the share of each beneficiary": one's share, an amount for each one.
  { value: 'share', words: ['نصيب', 'حصة', 'share'] },
  { value: 'governorates', words: ['محافظة', 'محافظات', 'governorate', 'governorates', 'provinces'] },
  { value: 'duration', words: ['يوم', 'أيام', 'شهر', 'أشهر', 'شهور', 'سنة', 'سنين', 'سنوات', 'عام', 'أعوام', 'أسبوع', 'أسابيع', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'] },
  { value: 'month', words: ['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] },
  // Words that may sit between a number and its unit: "30 مليون من المواطنين", "37.4 مليون من الأكثر احتياجًا".
  { value: 'skip', words: ['من', 'أكثر', 'فئات', 'فئة', 'of', 'the'] },
]);

/** Words that say nothing about what is counted: a number followed by one of these has not named its unit. */
const FUNCTION_WORDS = new Set(
  [
    'في', 'على', 'علي', 'إلى', 'الى', 'لـ', 'عن', 'مع', 'خلال', 'حتى', 'بعد', 'قبل', 'فقط', 'و', 'أو', 'تم', 'كان', 'كانت', 'يكون', 'بين', 'ضمن',
    'هذا', 'هذه', 'التي', 'الذي', 'الذين', 'بس', 'ده', 'دي', 'اللي', 'عشان', 'علشان', 'لهم', 'لها', 'له', 'منهم', 'منها', 'عليهم', 'إليهم', 'بحسب', 'حسب', 'وفقا', 'طبقا', 'بواسطة', 'عبر',
    'in', 'on', 'to', 'for', 'from', 'with', 'by', 'at', 'during', 'until', 'after', 'before', 'only', 'and', 'or', 'were', 'was', 'are', 'is', 'have',
    'has', 'had', 'been', 'be', 'that', 'which', 'who', 'across', 'as', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'through', 'via', 'according',
    'them', 'they', 'it', 'whom', 'us', 'we', 'he', 'she', 'him', 'her', 'there', 'here', 'then', 'than', 'so', 'such', 'all', 'both',
  ]
    .map(fold)
    .flatMap((w) => (TANWEEN_SEAT.test(w) ? [w, w.slice(0, -1)] : [w])),
);

/** A phrase's length when it starts at tokens[i], or 0; a word matches a token through any of the token's stems. */
export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k];
    const w = phrase[k];
    if (!t || !(t.bases.includes(w) || (w.startsWith('ال') && t.bases.includes(w.slice(2))) || (TANWEEN_SEAT.test(w) && t.bases.includes(w.slice(0, -1))))) return 0;
  }
  return phrase.length;
}

export interface Found<T> {
  value: T;
  /** The first and last token of the words found. */
  first: number;
  last: number;
}

function finder<T>(table: { value: T; phrase: string[] }[]) {
  return (tokens: readonly Token[], i: number): Found<T> | null => {
    for (const { value, phrase } of table) {
      const n = phraseAt(tokens, i, phrase);
      if (n) return { value, first: i, last: i + n - 1 };
    }
    return null;
  };
}

const GOVERNORATES = build<string>(governorateNames.map((g) => ({ value: g.code, words: [...g.names] })));

export const findMeasure = finder(MEASURES);
export const findUnit = finder(UNITS);
export const findCurrency = finder(CURRENCIES);
export const findProgramme = finder(PROGRAMMES);
export const findHedge = finder(HEDGES);
export const findMarker = finder(MARKERS);
export const findGovernorate = finder(GOVERNORATES);

const SINGULAR_UNITS = new Set(
  ['أسرة', 'عائلة', 'عيلة', 'بيت', 'مستفيد', 'مستفيدة', 'حالة', 'فرد', 'مواطن', 'شخص', 'family', 'household', 'beneficiary', 'recipient', 'person', 'citizen', 'individual'].map(fold),
);

/** "أسرة", not "أسر": after لكل a singular means each one. */
export function isSingularUnit(token: Token): boolean {
  // Prefixes only: "مستفيدين" stripped of its plural ending must not pass for "مستفيد".
  return [token.folded, token.folded.replace(/^(وال|بال|لل|ال|و|ل|ب)/, '')].some((b) => SINGULAR_UNITS.has(b));
}

/** True when the word is known to say nothing about what a number counts, or is one of the words above. */
export function isKnownWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.bases.some((b) => FUNCTION_WORDS.has(b)) || t.folded.length < 2) return true;
  return [findMeasure, findUnit, findCurrency, findProgramme, findHedge, findMarker, findGovernorate].some((f) => f(tokens, i));
}
