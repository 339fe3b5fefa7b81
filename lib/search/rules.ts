/**
 * Every rule the search normaliser applies, in one place. normalize.ts applies them; analyze.ts and query.ts
 * only call normalize.ts. Word lists are written in everyday spelling and folded and stemmed by the same code
 * that reads documents and queries, so an entry means what it reads as. See DOMAIN.md "Arabic search
 * normalisation" for where the folding and affix rules come from (Lucene's ArabicNormalizer and ArabicStemmer).
 */

// ─── Folding: spelling variants that never change a word ────────────────────────────────────────────────

/** Tanween fath on an alef (احتياجًا, مُنفَقًا): the alef is only its seat, so the word ends before it. */
export const TANWEEN_ALEF = /\u064B\u0627|\u0627\u064B/g;

/**
 * Harakat, superscript alef and tatweel carry no meaning for search; NFKD first splits hamza carriers
 * (أ إ آ ؤ ئ) into a base letter plus one of these marks, so dropping them folds the carriers too.
 */
export const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Accents on Latin letters (café → cafe) after NFKD. */
export const LATIN_MARKS = /[\u0300-\u036F]/g;

export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064A', // ى alef maqsura → ي
  '\u06CC': '\u064A', // Persian yeh ی → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06A9': '\u0643', // Persian keheh ک → ك
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
};

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digit blocks, folded to 0-9. */
export const DIGIT_BLOCKS = [0x0660, 0x06f0] as const;

// ─── Letters people confuse when typing as they speak ───────────────────────────────────────────────────

/**
 * A word written with the letter on the left is also indexed with each letter on the right, because Egyptian
 * speech turns ث into ت (تلاتة), ذ into ز or د (زكي، دهب) and ظ into ض (محافضة). Only this direction: a reader
 * who types the "harder" letter has spelled the word as the page does. Applied when indexing, so it also works
 * on the word still being typed.
 */
export const LOOSE_LETTERS: Readonly<Record<string, readonly string[]>> = {
  'ث': ['ت'],
  'ذ': ['ز', 'د'],
  'ظ': ['ض'],
};

/**
 * Egyptian speech drops ق to a glottal stop and some write it أ (أوافل for قوافل). Folding ا into ق everywhere
 * would merge hundreds of words, so this is tried only on a query word that finds nothing as typed, only when
 * the result is a word the index holds, and only in words of at least QAF_MIN_LETTERS letters.
 */
export const QAF_STAND_INS = ['ا', 'ء'] as const;
export const QAF_MIN_LETTERS = 4;

// ─── Affixes (folded forms: ة is already ه) ─────────────────────────────────────────────────────────────

/** Lucene ArabicStemmer's prefixes; at most one is removed, the longest first. */
export const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل', 'و'] as const;

/**
 * One-letter prepositions written onto the word (بدعم، لملف، كمساعدة). Stripping them always would break words
 * that start with those letters (بيانات → يانات), so a document's word is indexed both with and without one, in
 * words of at least CLITIC_MIN_LETTERS letters; queries are read as typed.
 */
export const INDEX_ONLY_CLITICS = ['ب', 'ل', 'ك', 'ف'] as const;
export const CLITIC_MIN_LETTERS = 4;

/**
 * Lucene's suffixes, each removed once in this order while `keep` letters remain, plus هم (وصلهم) and وا
 * (صرفوا، وصلوا), which need three letters left so short words (لهم، منهم) survive.
 */
export const SUFFIXES: readonly { suffix: string; keep: number }[] = [
  { suffix: 'ها', keep: 2 },
  { suffix: 'هم', keep: 3 },
  { suffix: 'ان', keep: 2 },
  { suffix: 'ات', keep: 2 },
  { suffix: 'ون', keep: 2 },
  { suffix: 'ين', keep: 2 },
  { suffix: 'وا', keep: 3 },
  { suffix: 'يه', keep: 2 },
  { suffix: 'ه', keep: 2 },
  { suffix: 'ي', keep: 2 },
];

/** English: plural "s" only (caravans, supplies → supply); other forms meet through SYNONYMS below. */
export const ENGLISH_PLURAL_MIN_LETTERS = 4;

// ─── Words that carry nothing to search for ─────────────────────────────────────────────────────────────

/** Written folded (إلى → الي). Includes the Egyptian question and filler words people type (كام، فين، اللي). */
export const STOPWORDS: readonly string[] = [
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'او', 'ثم', 'ان', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'قد', 'لا', 'ما',
  'هل', 'كم', 'كيف', 'متي', 'اين', 'ماذا', 'لماذا', 'هو', 'هي', 'هم',
  'كام', 'فين', 'ايه', 'ازاي', 'امتي', 'اللي', 'ده', 'دي', 'دا', 'دول', 'عشان', 'علشان', 'بتاع', 'بتاعه', 'بقي', 'يعني',
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'by', 'with', 'at', 'from', 'is', 'are', 'was', 'were',
  'how', 'many', 'much', 'what', 'which', 'who', 'did', 'does', 'do',
];

// ─── Other forms of one word: broken plurals, verb and Egyptian forms ───────────────────────────────────

/**
 * [form, the word it is a form of]. Sound plurals (مبادرات، مستفيدين، محافظات) need no entry: the suffixes
 * above already bring them to their singular's stem. A form is indexed under both stems, so a search for
 * either finds it.
 */
export const FORMS: readonly (readonly [string, string])[] = [
  ['قوافل', 'قافلة'], ['عوائل', 'عائلة'], ['مشاريع', 'مشروع'], ['أطفال', 'طفل'], ['مدارس', 'مدرسة'], ['أعمال', 'عمل'],
  ['أرقام', 'رقم'], ['أعداد', 'عدد'], ['مصادر', 'مصدر'], ['تقارير', 'تقرير'], ['فقراء', 'فقير'], ['أيتام', 'يتيم'],
  ['مرضى', 'مريض'], ['أموال', 'مال'], ['مبالغ', 'مبلغ'], ['أماكن', 'مكان'], ['سلال', 'سلة'], ['أدوية', 'دواء'],
  ['أغذية', 'غذاء'], ['مواد', 'مادة'], ['مراكز', 'مركز'], ['أشهر', 'شهر'], ['شهور', 'شهر'], ['أعوام', 'عام'],
  ['سنوات', 'سنة'], ['أسعار', 'سعر'], ['برامج', 'برنامج'], ['مناطق', 'منطقة'], ['مدن', 'مدينة'],
  ['نجوع', 'نجع'], ['مراحل', 'مرحلة'], ['نتائج', 'نتيجة'], ['أهداف', 'هدف'], ['أنشطة', 'نشاط'], ['جهود', 'جهد'],
  ['وثائق', 'وثيقة'], ['أخبار', 'خبر'], ['مواقع', 'موقع'], ['صحف', 'صحيفة'], ['شركاء', 'شريك'], ['أعضاء', 'عضو'],
  ['قوائم', 'قائمة'], ['قواعد', 'قاعدة'], ['أجهزة', 'جهاز'], ['كتب', 'كتاب'], ['ملابس', 'ملبس'], ['بطاطين', 'بطانية'],
  ['كراتين', 'كرتونة'], ['أهالي', 'أهل'], ['رجال', 'رجل'], ['شباب', 'شاب'], ['نساء', 'امرأة'],
  ['عمال', 'عامل'], ['ملايين', 'مليون'],
];

// ─── Synonyms: words a reader uses for the same thing, across Arabic (standard and Egyptian) and English ──

/**
 * Each group is one meaning. A word in a group is also indexed under the group, so a search for any member
 * finds the others (exact forms still rank first: they match twice). A member of several words is a phrase:
 * it counts only when its words stand side by side. Groups stay apart where the difference matters to a
 * fact-checker: spending is not allocating, a family is not a beneficiary, reaching is not targeting.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  spend: ['إنفاق', 'انفاق', 'أنفق', 'ينفق', 'أنفقت', 'مُنفَق', 'نفقة', 'نفقات', 'صرف', 'يصرف', 'صرفت', 'مصروف', 'مصروفات', 'اتصرف', 'اتصرفت', 'spend', 'spent', 'spending', 'expenditure', 'expense', 'disbursed'],
  allocate: ['رصد', 'رصدت', 'رُصد', 'مرصود', 'تخصيص', 'خصص', 'خُصص', 'مخصص', 'مخصصات', 'ميزانية', 'موازنة', 'allocate', 'allocated', 'allocating', 'allocation', 'earmark', 'earmarked', 'budget'],
  family: ['أسرة', 'أسر', 'عائلة', 'عائلات', 'عيلة', 'عيلات', 'family', 'families', 'household'],
  beneficiary: ['مستفيد', 'منتفع', 'beneficiary', 'beneficiaries'],
  reach: ['وصل', 'وصول', 'الوصول', 'يصل', 'وصلت', 'وصلهم', 'وصلوا', 'reach', 'reached', 'reaching'],
  target: ['استهداف', 'مستهدف', 'يستهدف', 'استهدف', 'target', 'targeted', 'targeting'],
  registry: ['قاعدة بيانات', 'سجل', 'مسجل', 'تسجيل', 'database', 'register', 'registered', 'registry', 'registration'],
  caravan: ['قافلة', 'caravan', 'convoy'],
  relief: ['إغاثة', 'غوث', 'relief'],
  citizen: ['مواطن', 'citizen'],
  governorate: ['محافظة', 'governorate', 'province'],
  needy: ['احتياج', 'محتاج', 'فقير', 'غلابة', 'needy', 'neediest', 'poor', 'poorest'],
  support: ['دعم', 'مساعدة', 'معونة', 'support', 'aid', 'assistance'],
  cash: ['نقدي', 'نقود', 'كاش', 'cash'],
  food: ['غذاء', 'غذائي', 'أغذية', 'طعام', 'أكل', 'تموين', 'food', 'meal'],
  school: ['مدرسة', 'مدرسي', 'دراسي', 'school'],
  supplies: ['مستلزمات', 'أدوات', 'supply', 'supplies'],
  initiative: ['مبادرة', 'initiative'],
  programme: ['برنامج', 'ملف', 'programme', 'program'],
  money: ['مبلغ', 'أموال', 'فلوس', 'تمويل', 'amount', 'money', 'funds', 'funding'],
  pound: ['جنيه', 'pound', 'egp'],
  rate: ['نسبة', 'معدل', 'rate', 'ratio', 'percentage', 'percent'],
  per: ['نصيب', 'حصة', 'لكل', 'متوسط', 'per', 'average', 'share'],
  calculated: ['محسوب', 'calculated', 'computed'],
  alliance: ['تحالف', 'alliance', 'coalition'],
  // Governorates spelled the several ways English-language Egyptian sites write them.
  asyut: ['asyut', 'assiut', 'asyout'],
  faiyum: ['faiyum', 'fayoum', 'fayum'],
  sharqia: ['sharqia', 'sharkia', 'sharqiya', 'sharkeya'],
  qalyubia: ['qalyubia', 'kalyoubia', 'qalyoubia'],
  monufia: ['monufia', 'menoufia', 'menofia'],
  minya: ['minya', 'minia', 'menya'],
  sohag: ['sohag', 'suhag'],
  qena: ['qena', 'kena'],
  dakahlia: ['dakahlia', 'dakahlya', 'daqahliya'],
  beheira: ['beheira', 'behira', 'buhaira'],
  gharbia: ['gharbia', 'gharbiya', 'gharbeya'],
  matrouh: ['matrouh', 'matruh'],
};

// ─── Words run together or written apart ────────────────────────────────────────────────────────────────

/**
 * A query word the index does not hold is tried as two words (ستروعافيه → ستر + وعافيه, سترعافية) and two
 * such neighbours as one (بور سعيد → بورسعيد); each part must have at least this many letters.
 */
export const SPLIT_MIN_LETTERS = 3;

/** A query word this long that finds nothing, even after the rules above, may match one typo away. */
export const TYPO_MIN_LETTERS = 5;
