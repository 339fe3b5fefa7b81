/**
 * What readers type into the portal's search, and what it must find in the founding data (prisma/seed-data.ts).
 * Used by tests/integration/search-queries.test.ts (recall and precision) and bench/search.ts (latency).
 *
 * `expected`: records the query must find (recall is measured on these). `also`: records that may rightly appear
 * too (they mention the same thing), so they do not count against precision. A query with no `expected` is
 * unrelated to the portal: it must find nothing that has every word of it.
 * Records are named by search id: figure:<slug>, calculated:<slug>, initiative:<slug>, source:<slug>,
 * governorate:<ISO code>; "governorate:*" accepts any governorate.
 */
export interface SearchCase {
  query: string;
  /** Why this query is here: the rule it exercises. */
  rule: string;
  expected: string[];
  also?: string[];
}

const F = {
  database: 'figure:database-citizens',
  reached: 'figure:citizens-reached',
  allocation: 'figure:relief-caravans-allocation',
  targeted: 'figure:relief-caravans-targeted-beneficiaries',
};
const C = { reachRate: 'calculated:reach-rate', perBeneficiary: 'calculated:allocation-per-targeted-beneficiary' };
const I = {
  database: 'initiative:neediest-citizens-database',
  relief: 'initiative:relief-and-social-caravans',
  sitr: 'initiative:sitr-wa-afia-caravans',
  cash: 'initiative:cash-support',
  food: 'initiative:food-support',
  school: 'initiative:school-supplies',
};
const S = { article: 'source:ecss-study-article-2023' };
const G = (code: string) => `governorate:EG-${code}`;

// Groups of records that mention the same thing, reused below.
// The figures' "what the source does not say" notes are found too: that is what a fact-checker is after.
const spending = { expected: [F.allocation, I.relief], also: [C.perBeneficiary, F.reached] };
const caravans = { expected: [I.sitr, I.relief, F.allocation, F.targeted], also: [C.perBeneficiary] };
const relief = { expected: [I.relief, F.allocation, F.targeted], also: [C.perBeneficiary] };
const families = { expected: [I.sitr, I.food, F.allocation, F.targeted], also: [F.database] };
const beneficiaries = { expected: [F.targeted, F.allocation, I.relief, C.perBeneficiary] };
const citizens = { expected: [F.database, F.reached, I.database, S.article], also: [C.reachRate] };
const registry = { expected: [F.database, I.database], also: [F.reached, C.reachRate, S.article] };
const reach = { expected: [F.reached, C.reachRate], also: [I.database, F.database, F.targeted, I.relief, S.article, C.perBeneficiary] };
const allocation = { expected: [F.allocation, I.relief], also: [C.perBeneficiary] };
const support = [I.cash, I.food, I.school];
const governorates = { expected: [I.sitr], also: ['governorate:*', ...Object.values(F)] };

export const searchCases: SearchCase[] = [
  // The examples.
  { query: 'انفاق', rule: 'synonym: spending (إنفاق، أُنفق، مُنفَق)', ...spending },
  { query: 'عائلة', rule: 'synonym: family (أسرة، الأسر)', ...families },
  { query: 'قافلة', rule: 'broken plural: قافلة ↔ قوافل', ...caravans },
  { query: 'ستروعافيه', rule: 'words run together, with و', expected: [I.sitr] },
  { query: 'الاغاتة', rule: 'letter confusion ث/ت', ...relief },

  // Singular and plural, sound and broken.
  { query: 'قوافل', rule: 'broken plural', ...caravans },
  { query: 'القوافل', rule: 'broken plural with the article', ...caravans },
  { query: 'مبادرة', rule: 'sound plural مبادرات', expected: support },
  { query: 'المبادرات', rule: 'sound plural with the article', expected: support },
  { query: 'مستفيد', rule: 'singular of مستفيدين', ...beneficiaries },
  { query: 'المستفيدين', rule: 'plural (genitive)', ...beneficiaries },
  { query: 'مستفيدون', rule: 'plural (nominative)', ...beneficiaries },
  { query: 'أسرة', rule: 'singular of أسر', ...families },
  { query: 'الأسر', rule: 'broken plural', ...families },
  { query: 'مواطن', rule: 'singular of مواطنين', ...citizens },
  { query: 'المواطنين', rule: 'plural (genitive)', ...citizens },
  { query: 'مواطنون', rule: 'plural (nominative)', ...citizens },
  { query: 'محافظة', rule: 'singular of محافظات', ...governorates },
  { query: 'المحافظات', rule: 'plural', ...governorates },
  { query: 'جنيه', rule: 'currency, singular', expected: [F.allocation, I.relief], also: [C.perBeneficiary] },
  { query: 'جنيهات', rule: 'currency, plural', expected: [F.allocation, I.relief], also: [C.perBeneficiary] },

  // Synonyms, standard and Egyptian.
  { query: 'إنفاق', rule: 'synonym, with hamza', ...spending },
  { query: 'صرف', rule: 'synonym: صرف for إنفاق', ...spending },
  { query: 'مصروفات', rule: 'synonym, plural', ...spending },
  { query: 'اتصرف كام', rule: 'Egyptian: "how much was spent"', ...spending },
  { query: 'أسر', rule: 'synonym group family', ...families },
  { query: 'عائلات', rule: 'synonym, plural', ...families },
  { query: 'عيلة', rule: 'Egyptian family', ...families },
  { query: 'رصد', rule: 'synonym group allocate', ...allocation },
  { query: 'مخصص', rule: 'synonym: مخصص for مرصود', ...allocation },
  { query: 'تخصيص', rule: 'synonym: تخصيص for رصد', ...allocation },
  { query: 'المبلغ المرصود', rule: 'the figure’s own words', expected: [F.allocation], also: [I.relief, C.perBeneficiary] },
  { query: 'فلوس القوافل', rule: 'Egyptian money + broken plural', expected: [F.allocation], also: [I.relief, C.perBeneficiary] },
  { query: 'وصل', rule: 'synonym group reach (الوصول، وصلهم)', ...reach },
  { query: 'الوصول', rule: 'verbal noun of وصل', ...reach },
  { query: 'عدد الأسر', rule: 'what the sources leave out: the number of families', expected: [F.allocation, F.targeted, F.database] },
  { query: 'كم أنفق', rule: 'spending as a verb, with a question word', ...spending },
  { query: 'سجل', rule: 'synonym: سجل for قاعدة بيانات', ...registry },
  { query: 'قاعدة بيانات', rule: 'multi-word synonym', ...registry },
  { query: 'قاعده البيانات', rule: 'ة written ه, article', ...registry },
  { query: 'المسجلين', rule: 'registered', ...registry },
  { query: 'الغلابة', rule: 'Egyptian: the poor → الأكثر احتياجًا', expected: [F.database, F.reached, I.database, I.sitr, I.food], also: [S.article] },
  { query: 'كام مستفيد في القوافل', rule: 'Egyptian question words are ignored', expected: [F.targeted, F.allocation, I.relief], also: [C.perBeneficiary] },

  // Calculated figures.
  { query: 'نسبة الوصول', rule: 'calculated figure by its name', expected: [C.reachRate] },
  { query: 'معدل الوصول', rule: 'calculated figure by a synonym', expected: [C.reachRate] },
  { query: 'نصيب المستفيد', rule: 'calculated figure: per-beneficiary share', expected: [C.perBeneficiary] },
  { query: 'متوسط المبلغ لكل مستفيد', rule: 'calculated figure by its formula words', expected: [C.perBeneficiary] },
  { query: 'رقم محسوب', rule: 'calculated figures by their label', expected: [C.reachRate, C.perBeneficiary] },
  { query: '٨٠٪', rule: 'a calculated result, Arabic-Indic percent', expected: [C.reachRate] },
  { query: '8000 جنيه', rule: 'a calculated amount', expected: [C.perBeneficiary] },

  // Letters people confuse, Egyptian spellings, words run together or apart.
  { query: 'سترعافية', rule: 'words run together, without و', expected: [I.sitr] },
  { query: 'ستر و عافيه', rule: 'conjunction written apart, ة as ه', expected: [I.sitr] },
  { query: 'الإغاثه', rule: 'ة written ه', ...relief },
  { query: 'اغاثة', rule: 'without the article', ...relief },
  { query: 'محافضة', rule: 'letter confusion ظ/ض', ...governorates },
  { query: 'أوافل', rule: 'Egyptian ق written أ', ...caravans },
  { query: 'بور سعيد', rule: 'one word written apart', expected: [G('PTS')] },
  { query: 'كفرالشيخ', rule: 'two words run together', expected: [G('KFS')] },
  { query: 'اسكندريه', rule: 'no hamza, no article, ة as ه', expected: [G('ALX')] },
  { query: 'محافظة الاسكندرية', rule: 'governorate with its type word', expected: [G('ALX')] },
  { query: 'الاقصر', rule: 'hamza dropped', expected: [G('LX')] },
  { query: 'بنى سويف', rule: 'ى for ي', expected: [G('BNS')] },
  { query: 'الدعم النقدي', rule: 'initiative by name', expected: [I.cash], also: support },
  { query: 'كاش', rule: 'Egyptian: cash', expected: [I.cash], also: support },
  { query: 'مساعدات غذائية', rule: 'synonyms: support and food', expected: [I.food], also: support },
  { query: 'أكل', rule: 'Egyptian: food', expected: [I.food], also: support },
  { query: 'مستلزمات مدرسية', rule: 'synonym: مدرسية for الدراسية', expected: [I.school], also: support },
  { query: 'أدوات مدرسية', rule: 'synonyms: أدوات for مستلزمات', expected: [I.school], also: support },
  { query: 'التحالف الوطنى للعمل الأهلى', rule: 'the headline as published (ى)', expected: [S.article] },
  { query: 'المركز المصري للفكر', rule: 'the study’s author', expected: [S.article] },

  { query: 'تنفيز توجيهات', rule: 'letter confusion ذ/ز (تنفيذ)', expected: [I.sitr] },
  { query: 'تنفيد', rule: 'letter confusion ذ/د (تنفيذ)', expected: [I.sitr] },

  // As the reader types: the last word may be unfinished.
  { query: 'الإسكند', rule: 'unfinished word', expected: [G('ALX')] },
  { query: 'قواف', rule: 'unfinished broken plural', ...caravans },
  { query: 'مستفي', rule: 'unfinished word', ...beneficiaries },
  { query: 'ستر وعاف', rule: 'unfinished second word', expected: [I.sitr] },
  { query: 'benefic', rule: 'unfinished English word', ...beneficiaries },

  // Numbers, both digit systems and words.
  { query: '٣٠ مليون', rule: 'Arabic-Indic digits with a scale word', expected: [F.reached], also: [S.article] },
  { query: '37.4 مليون', rule: 'decimal with a scale word', expected: [F.database], also: [S.article] },
  { query: 'ملياري جنيه', rule: 'dual scale word', expected: [F.allocation], also: [I.relief, F.targeted] },
  { query: '250 ألف مستفيد', rule: 'number and word', expected: [F.targeted], also: [F.allocation, I.relief] },

  // English.
  { query: 'spending', rule: 'English synonym group spend', ...spending },
  { query: 'how much was spent', rule: 'English question words are ignored', ...spending },
  { query: 'family', rule: 'English family/families', ...families },
  { query: 'households', rule: 'English synonym of families', ...families },
  { query: 'caravan', rule: 'English singular', ...caravans },
  { query: 'beneficiary', rule: 'English singular of beneficiaries', ...beneficiaries },
  { query: 'reach rate', rule: 'calculated figure in English', expected: [C.reachRate] },
  { query: 'per beneficiary', rule: 'calculated figure in English', expected: [C.perBeneficiary] },
  { query: 'database', rule: 'English registry group', ...registry },
  { query: 'allocation', rule: 'English allocate group', ...allocation },
  { query: 'earmarked', rule: 'English synonym of allocated', ...allocation },
  { query: 'relief', rule: 'English', ...relief },
  { query: 'Sitr wa Afia', rule: 'transliterated name', expected: [I.sitr] },
  { query: 'cash support', rule: 'initiative by English name', expected: [I.cash], also: support },
  { query: 'school supplies', rule: 'initiative by English name', expected: [I.school], also: support },
  { query: 'Alexandria', rule: 'governorate in English', expected: [G('ALX')] },
  { query: 'Assiut', rule: 'English spelling variant (Asyut)', expected: [G('AST')] },
  { query: 'Fayoum', rule: 'English spelling variant (Faiyum)', expected: [G('FYM')] },
  { query: 'ECSS', rule: 'the study’s author, abbreviated', expected: [S.article] },
  { query: 'calculated', rule: 'calculated figures in English', expected: [C.reachRate, C.perBeneficiary] },

  // Written after the rules above were settled, and passed as first run: a check that they generalise.
  { query: 'المساعدات النقدية', rule: 'held out: synonyms support + cash', expected: [I.cash], also: support },
  { query: 'توزيع على المحافظات', rule: 'held out: what the sources leave out', expected: Object.values(F) },
  { query: 'المستهدفين', rule: 'held out: targeted', expected: [F.targeted, I.relief], also: [C.perBeneficiary, I.database, F.allocation, S.article] },
  { query: 'مستهدفين بالقوافل', rule: 'held out: preposition on a broken plural', expected: [F.targeted], also: [C.perBeneficiary, I.relief, F.allocation] },
  { query: 'عدد المستفيدين من القوافل', rule: 'held out', expected: [F.targeted], also: [C.perBeneficiary, I.relief, F.allocation] },
  { query: 'كم مليار للقوافل', rule: 'held out: scale word alone, لل prefix', expected: [F.allocation], also: [I.relief, F.targeted] },
  { query: 'الفئات الأولى بالرعاية', rule: 'held out: the quote’s words', expected: [I.sitr] },
  { query: 'توجيهات الرئيس', rule: 'held out: hamza on ي', expected: [I.sitr] },
  { query: 'عبد الفتاح السيسى', rule: 'held out: ى for ي', expected: [I.sitr] },
  { query: 'حماية اجتماعية', rule: 'held out', expected: [I.sitr] },
  { query: 'الوزارات المعنية', rule: 'held out', expected: [S.article, I.database] },
  { query: 'مارس 2022', rule: 'held out: month and year', expected: [I.database, S.article], also: Object.values(F) },
  { query: 'ميزانية القوافل', rule: 'held out: budget as allocation', expected: [F.allocation], also: [C.perBeneficiary, I.relief, F.targeted] },
  { query: 'تمويل', rule: 'held out: funding as money', expected: [F.allocation], also: [C.perBeneficiary, I.relief] },
  { query: 'households targeted', rule: 'held out: English', expected: [F.targeted], also: [F.allocation] },
  { query: 'money spent on caravans', rule: 'held out: English', expected: [F.allocation], also: [C.perBeneficiary, I.relief] },
  { query: 'Giza governorate', rule: 'held out: governorate with its type word', expected: [G('GZ')] },
  { query: 'Port Said', rule: 'held out', expected: [G('PTS')] },
  { query: 'Suhag', rule: 'held out: English spelling variant (Sohag)', expected: [G('SHG')] },
  { query: 'الشرقيه', rule: 'held out: ة as ه', expected: [G('SHR')] },
  { query: 'اعداد المواطنين المسجلين', rule: 'held out: broken plural أعداد', expected: [F.database], also: [C.reachRate, F.reached] },
  { query: 'spend per beneficiary', rule: 'held out: calculated figure in English', expected: [C.perBeneficiary] },
  { query: 'حلوان', rule: 'held out: a governorate that no longer exists', expected: [] },
  { query: 'طوارئ', rule: 'held out: unrelated', expected: [] },

  // Unrelated: nothing may match every word.
  { query: 'كرة القدم', rule: 'unrelated', expected: [] },
  { query: 'سعر الدولار اليوم', rule: 'unrelated', expected: [] },
  { query: 'تطعيم كورونا', rule: 'unrelated', expected: [] },
  { query: 'football scores', rule: 'unrelated', expected: [] },
  { query: 'weather forecast', rule: 'unrelated', expected: [] },
  { query: 'مباراة الأهلي والزمالك', rule: 'unrelated, one word shared with a headline (الأهلى)', expected: [] },
  { query: 'الدولار', rule: 'unrelated', expected: [] },
];

/** Whether a result id is one the case expects or accepts. */
export function isRelevant(c: SearchCase, id: string): boolean {
  return [...c.expected, ...(c.also ?? [])].some((x) => x === id || (x.endsWith(':*') && id.startsWith(x.slice(0, -1))));
}
