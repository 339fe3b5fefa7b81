/**
 * Claims a journalist might paste into the claim check, with what the check should find against the founding
 * figures (prisma/seed-data.ts): the figures the numbers refer to, the kinds of difference in the claim, and the
 * verdict for each number in order. Arabic standard (ar) and Egyptian (eg) phrasing and English (en); both digit
 * systems; number words; claims that match, differ in one or more ways, and claims no source covers.
 *
 * The founding figures: database-citizens 37.4 million citizens registered; citizens-reached 30 million citizens
 * reached; relief-caravans-allocation EGP 2 billion allocated to relief and social caravans; relief-caravans-targeted-
 * beneficiaries 250 thousand beneficiaries targeted by the same programme; calculated: reach-rate 80.2 %,
 * allocation-per-targeted-beneficiary EGP 8,000. All as of about January 2023, with the work starting March 2022.
 */
import type { DifferenceKind, Verdict } from '../../lib/claims/types';

export interface CorpusClaim {
  claim: string;
  language: 'ar' | 'eg' | 'en';
  figures: string[];
  differences: DifferenceKind[];
  verdicts: Verdict[];
}

const ALLOC = 'relief-caravans-allocation';
const TARGETED = 'relief-caravans-targeted-beneficiaries';
const DB = 'database-citizens';
const REACHED = 'citizens-reached';
const RATE = 'reach-rate';
const PER = 'allocation-per-targeted-beneficiary';

const c = (language: CorpusClaim['language'], claim: string, figures: string[], differences: DifferenceKind[], verdicts: Verdict[]): CorpusClaim => ({
  claim, language, figures, differences, verdicts,
});

export const politicianSentence = 'التحالف أنفق 2 مليار جنيه على 250 ألف أسرة';
export const politicianSentenceEn = 'The alliance spent EGP 2 billion on 250,000 families';

export const corpus: CorpusClaim[] = [
  // What the source says, said many ways.
  c('ar', 'رصد التحالف ملياري جنيه لملف الإغاثة والقوافل الاجتماعية', [ALLOC], [], ['matches']),
  c('ar', 'استهدفت القوافل الاجتماعية 250 ألف مستفيد', [TARGETED], [], ['matches']),
  c('ar', 'قاعدة بيانات الأكثر احتياجًا تضم 37.4 مليون مواطن', [DB], [], ['matches']),
  c('eg', 'قاعدة البيانات فيها ٣٧٫٤ مليون مواطن', [DB], [], ['matches']),
  c('ar', 'استطاع التحالف الوصول إلى 30 مليون مواطن من الأكثر احتياجًا', [REACHED], [], ['matches']),
  c('eg', 'التحالف وصل لتلاتين مليون مواطن', [REACHED], [], ['matches']),
  c('en', 'The alliance reached 30 million citizens', [REACHED], [], ['matches']),
  c('en', 'A database of 37.4 million citizens was launched', [DB], [], ['matches']),
  c('en', 'EGP 2 billion was allocated to relief and social caravans', [ALLOC], [], ['matches']),
  c('en', 'The relief caravans targeted a quarter of a million beneficiaries', [TARGETED], [], ['matches']),
  c('ar', 'ربع مليون مستفيد مستهدف في ملف الإغاثة', [TARGETED], [], ['matches']),
  c('ar', 'نحو 80% من المسجلين في قاعدة البيانات وصلهم التحالف', [RATE], [], ['matches']),
  c('ar', 'وصل التحالف إلى ٨٠٪ من المسجلين في قاعدة البيانات', [RATE], [], ['matches']),
  c('ar', '8 آلاف جنيه لكل مستفيد مستهدف في القوافل', [PER], [], ['matches']),
  c('ar', 'في 2022 وصل التحالف إلى 30 مليون مواطن', [REACHED], [], ['matches']),
  c('ar', 'منذ مارس 2022 استطاع التحالف الوصول إلى ثلاثين مليون مواطن', [REACHED], [], ['matches']),
  c('en', "Around 37 million citizens are registered in the alliance's database", [DB], [], ['matches']),
  c('eg', 'اترصد 2 مليار جنيه للقوافل', [ALLOC], [], ['matches']),
  c('eg', 'الإغاثة والقوافل: مليارين جنيه مرصودين', [ALLOC], [], ['matches']),
  c('en', 'Two billion pounds were earmarked for the caravans', [ALLOC], [], ['matches']),
  c('ar', 'رصد ٢ مليار جنيه واستهداف ٢٥٠ ألف مستفيد في ملف الإغاثة والقوافل الاجتماعية', [ALLOC, TARGETED], [], ['matches', 'matches']),
  c('ar', '37.4 مليون مسجلين في قاعدة البيانات و30 مليون منهم وصلهم الدعم', [DB, REACHED], [], ['matches', 'matches']),
  c('ar', 'استهدف ملف الإغاثة مئتين وخمسين ألف مستفيد', [TARGETED], [], ['matches']),
  c('ar', 'ثلاثون مليون مواطن وصل إليهم التحالف', [REACHED], [], ['matches']),
  c('en', 'thirty million citizens were reached by the alliance', [REACHED], [], ['matches']),
  c('eg', '37 مليون مواطن تقريبا في قاعدة البيانات', [DB], [], ['matches']),

  // Measure: spent, committed, served or reached where the source says allocated, targeted, registered.
  c('ar', 'التحالف صرف 2 مليار جنيه على القوافل', [ALLOC], ['measure'], ['not-stated']),
  c('eg', 'اتصرف ملياري جنيه في ملف الإغاثة والقوافل الاجتماعية', [ALLOC], ['measure'], ['not-stated']),
  c('en', 'The relief caravans spent two billion pounds', [ALLOC], ['measure'], ['not-stated']),
  c('ar', 'أنفقت القوافل الاجتماعية 2 مليار جنيه', [ALLOC], ['measure'], ['not-stated']),
  c('eg', 'القوافل خدمت 250 ألف مستفيد', [TARGETED], ['measure'], ['not-stated']),
  c('en', 'The relief and social caravans served 250,000 beneficiaries', [TARGETED], ['measure'], ['not-stated']),
  c('ar', 'وصل الدعم إلى 250 ألف مستفيد من القوافل', [TARGETED], ['measure'], ['not-stated']),
  c('ar', '37.4 مليون مواطن وصلهم التحالف', [DB], ['measure'], ['differs']),
  c('ar', 'التحالف استهدف 30 مليون مواطن', [REACHED], ['measure'], ['differs']),
  c('en', 'The database registered 30 million citizens', [REACHED], ['measure'], ['differs']),
  c('ar', 'التزمت القوافل بـ 2 مليار جنيه', [ALLOC], ['measure'], ['not-stated']),
  c('eg', 'ادّوا 2 مليار جنيه للقوافل', [ALLOC], ['measure'], ['not-stated']),
  c('eg', '250 ألف مستفيد استفادوا من القوافل', [TARGETED], ['measure'], ['not-stated']),

  // Unit: families, citizens or dollars where the source counts beneficiaries, citizens or pounds.
  c('ar', 'القوافل استهدفت 250 ألف أسرة', [TARGETED], ['unit'], ['not-stated']),
  c('en', 'Relief caravans targeted 250,000 families', [TARGETED], ['unit'], ['not-stated']),
  c('eg', 'استهدفت القوافل ربع مليون عيلة', [TARGETED], ['unit'], ['not-stated']),
  c('ar', 'التحالف وصل إلى 30 مليون أسرة', [REACHED], ['unit'], ['differs']),
  c('ar', 'قاعدة البيانات تضم 37.4 مليون أسرة', [DB], ['unit'], ['not-stated']),
  c('en', 'The caravans targeted 250,000 citizens', [TARGETED], ['unit'], ['differs']),
  c('ar', 'رصد 2 مليار دولار للقوافل', [ALLOC], ['unit'], ['differs']),
  c('en', 'The alliance allocated EGP 8,000 per family in the relief caravans', [PER], ['unit'], ['not-stated']),

  // Scope: the whole alliance, another programme or a governorate where the source counts one programme or the nation.
  // A scope that holds or is held by the source's (the alliance's total, a sub-programme such as Sitr wa Afia, one
  // governorate) is one the source gives no value for: "not-stated". Another programme beside it ("الدعم النقدي")
  // is one the source speaks of differently: "differs".
  c('ar', 'التحالف رصد 2 مليار جنيه', [ALLOC], ['scope'], ['not-stated']),
  c('en', 'The alliance targeted 250,000 beneficiaries', [TARGETED], ['scope'], ['not-stated']),
  c('ar', 'قوافل ستر وعافية وصلت إلى 30 مليون مواطن', [REACHED], ['scope'], ['not-stated']),
  c('ar', 'رصد 2 مليار جنيه لقوافل ستر وعافية', [ALLOC], ['scope'], ['not-stated']),
  c('ar', 'القوافل استهدفت 250 ألف مستفيد في محافظة سوهاج', [TARGETED], ['scope'], ['not-stated']),
  c('en', 'In Giza alone, the alliance reached 30 million citizens', [REACHED], ['scope'], ['not-stated']),
  c('ar', '2 مليار جنيه للدعم النقدي', [ALLOC], ['scope'], ['differs']),
  c('eg', 'ستروعافيه استهدفت 250 ألف مستفيد', [TARGETED], ['scope'], ['not-stated']),

  // Date: a year the source's value does not describe.
  c('ar', 'في 2024 وصل التحالف إلى 30 مليون مواطن', [REACHED], ['date'], ['not-stated']),
  c('en', 'In 2025 the database held 37.4 million citizens', [DB], ['date'], ['not-stated']),
  c('ar', 'خلال عام ٢٠٢١ رصد التحالف ملياري جنيه للقوافل', [ALLOC], ['date'], ['not-stated']),

  // Size: a different number for the same thing.
  c('ar', 'رصد 3 مليارات جنيه للإغاثة والقوافل الاجتماعية', [ALLOC], ['size'], ['differs']),
  c('ar', 'التحالف وصل إلى 40 مليون مواطن', [REACHED], ['size'], ['differs']),
  c('eg', 'القوافل استهدفت نص مليون مستفيد', [TARGETED], ['size'], ['differs']),
  c('ar', 'أكثر من 30 مليون مواطن وصلهم التحالف', [REACHED], ['size'], ['differs']),
  c('en', 'The alliance reached 90% of the people in its database', [RATE], ['size'], ['differs']),
  c('ar', 'كل مستفيد من القوافل خُصص له 10 آلاف جنيه', [PER], ['size'], ['differs']),
  c('ar', 'قاعدة البيانات تضم 47.4 مليون مواطن', [DB], ['size'], ['differs']),
  c('en', 'Relief caravans were allocated EGP 2.5 billion', [ALLOC], ['size'], ['differs']),

  // What no figure on the portal counts.
  c('ar', 'التحالف وفر 100 ألف فرصة عمل', [], [], ['not-stated']),
  c('en', 'The alliance built 500 schools', [], [], ['not-stated']),
  c('eg', 'وزع التحالف 5 ملايين وجبة', [], [], ['not-stated']),
  c('en', 'The alliance planted 2 million trees', [], [], ['not-stated']),
  c('ar', 'جهز التحالف 1000 مستشفى ميداني', [], [], ['not-stated']),
  c('ar', 'عدد المتطوعين في التحالف 50 ألف متطوع', [], [], ['not-stated']),

  // Several differences at once.
  c('ar', politicianSentence, [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  c('en', politicianSentenceEn, [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  c('eg', 'التحالف صرف ملياري جنيه على ربع مليون عيلة', [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  c('ar', 'التحالف أنفق ٢ مليار جنيه على ٢٥٠ ألف أسرة', [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  c('ar', 'القوافل صرفت 3 مليار جنيه على 250 ألف أسرة في 2024', [ALLOC, TARGETED], ['measure', 'unit', 'size', 'date'], ['not-stated', 'not-stated']),
  c('en', 'In Alexandria, relief caravans served 300,000 families', [TARGETED], ['measure', 'unit', 'scope', 'size'], ['not-stated']),
  c('eg', 'التحالف وصل لـ 30 مليون أسرة في 2024', [REACHED], ['unit', 'date'], ['not-stated']),
  // A second set, written after the engine passed the first: phrasings it had not been tuned on.
  c('eg', 'التحالف الوطني صرف 2 مليار على الغلابة', [ALLOC], ['measure', 'scope'], ['not-stated']),
  c('en', 'Over 250,000 beneficiaries were targeted by the relief caravans', [TARGETED], ['size'], ['differs']),
  c('ar', 'بلغ عدد المستفيدين المستهدفين من القوافل 250 ألف مستفيد', [TARGETED], [], ['matches']),
  c('ar', 'تضم قاعدة البيانات ما يقرب من 37 مليون مواطن', [DB], [], ['matches']),
  c('en', "The alliance's database lists 37,400,000 people", [DB], [], ['matches']),
  c('eg', 'الحكومة والتحالف ادوا 250 ألف أسرة مساعدات', [TARGETED], ['measure', 'unit', 'scope'], ['not-stated']),
  c('ar', 'خصص التحالف 2 مليار جنيه لدعم 250 ألف أسرة في محافظات الصعيد', [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  c('en', 'Each targeted beneficiary was allocated about EGP 8,000', [PER], [], ['matches']),
  c('ar', 'التحالف قدم الدعم لـ٣٠ مليون مواطن', [REACHED], ['measure'], ['differs']),
  c('en', 'Relief caravans reached 250 thousand beneficiaries in 2023', [TARGETED], ['measure'], ['not-stated']),
  c('ar', 'نسبة الوصول بلغت 75% من المسجلين', [RATE], ['size'], ['differs']),
  c('eg', 'القوافل وصلت لنص مليون أسرة', [TARGETED], ['measure', 'unit', 'size'], ['not-stated']),
  c('en', 'The alliance has registered 37.4 million needy citizens in its database', [DB], [], ['matches']),
  c('ar', 'وصل عدد الأسر المستفيدة من القوافل إلى 250 ألف أسرة', [TARGETED], ['measure', 'unit'], ['not-stated']),
  c('ar', 'رصد التحالف 2 مليار جنيه في 2023 لملف الإغاثة', [ALLOC], [], ['matches']),
  c('en', 'In 2020, the alliance reached 30 million citizens', [REACHED], ['date'], ['not-stated']),
  c('ar', 'أنفقت الإغاثة ٢٫٥ مليار جنيه', [ALLOC], ['measure', 'size'], ['not-stated']),
  c('en', 'Sitr wa Afia caravans targeted 250,000 beneficiaries', [TARGETED], ['scope'], ['not-stated']),
  c('ar', 'تم تسجيل 30 مليون مواطن في قاعدة البيانات', [REACHED], ['measure'], ['differs']),
  c('eg', 'التحالف عمل 3 آلاف قافلة', [], [], ['not-stated']),
  c('ar', 'استهدف التحالف 250 ألف مستفيد و37.4 مليون مواطن', [TARGETED, DB], ['scope'], ['not-stated', 'matches']),
  c('en', 'About 2 billion pounds went to relief', [ALLOC], [], ['matches']),
  c('en', 'The alliance spent 8,000 pounds per beneficiary', [PER], ['measure', 'scope'], ['not-stated']),
  c('ar', 'في محافظة قنا وحدها استفاد 250 ألف مواطن من القوافل', [TARGETED], ['measure', 'unit', 'scope'], ['not-stated']),
];
