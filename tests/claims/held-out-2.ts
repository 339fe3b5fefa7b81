/**
 * A second blind held-out set for the claim check, written from the founding source (../shared/source), the seed
 * data (prisma/seed-data.ts: figures, measures, units, quotes, notStated) and lib/derived.ts only, without reading
 * the engine (lib/claims), the main corpus or the first held-out set. Scored by `npx tsx bench/claims.ts --held-out-2`.
 *
 * Conventions: `matches` = same measure, unit and scope, size within normal rounding; `differs` = the source gives a
 * value for exactly what is claimed and it is different (size, or a measure the source gives differently such as
 * reached vs registered); `not-stated` = the source does not give it (spent, served, families, a governorate, a
 * sub-programme, a total over all programmes, a year or period it does not give). Differences are listed either way.
 * A programme's figure presented as the whole alliance's is a scope difference, verdict not-stated.
 * Years and dates inside a claim qualify a number; they are not numbers with a verdict of their own.
 */
import type { CorpusClaim } from './corpus';

const ALLOC = 'relief-caravans-allocation';
const TARGETED = 'relief-caravans-targeted-beneficiaries';
const DB = 'database-citizens';
const REACHED = 'citizens-reached';

const c = (language: CorpusClaim['language'], claim: string, figures: string[], differences: CorpusClaim['differences'], verdicts: CorpusClaim['verdicts']): CorpusClaim => ({
  claim, language, figures, differences, verdicts,
});

export const heldOut2: CorpusClaim[] = [
  // ---- Standard Arabic: news headlines and tweets ----
  // Headline restating the reached figure: same measure (reached), unit (citizens), size.
  c('ar', 'دراسة: التحالف الوطني وصل إلى 30 مليون مواطن من الأكثر احتياجًا', [REACHED], [], ['matches']),
  // Arabic-Indic digits with the Arabic decimal separator; "تضم" = held in the database (registered).
  c('ar', 'المركز المصري: قاعدة بيانات التحالف تضم ٣٧٫٤ مليون مواطن', [DB], [], ['matches']),
  // Both relief figures; «ربع مليون» = 250,000; «يرصد» = allocates; programme named.
  c('ar', 'التحالف الوطني يرصد 2 مليار جنيه للإغاثة والقوافل الاجتماعية لصالح ربع مليون مستفيد', [ALLOC, TARGETED], [], ['matches', 'matches']),
  // «أنفق» = spent; the source says allocated and does not say how much was spent.
  c('ar', 'التحالف أنفق ملياري جنيه على ملف الإغاثة والقوافل الاجتماعية', [ALLOC], ['measure'], ['not-stated']),
  // «خدمت» = served; the source says targeted, not how many were served. Arabic-Indic digits.
  c('ar', 'قوافل التحالف الاجتماعية خدمت ٢٥٠ ألف مستفيد', [TARGETED], ['measure'], ['not-stated']),
  // 37.4 million presented as reached; the source gives reached (30 million) and 37.4 million as registered.
  c('ar', 'وصول الدعم إلى 37.4 مليون مواطن منذ انطلاق التحالف', [DB], ['measure'], ['differs']),
  // Persian (extended Arabic-Indic) digits: 25 million reached vs the source's 30 million.
  c('ar', 'التحالف الوطني وصل لـ ۲۵ مليون مواطن بحسب دراسة المركز المصري', [REACHED], ['size'], ['differs']),
  // Number word with scale: three billion allocated to the same programme vs two billion.
  c('ar', 'رصد ثلاثة مليارات جنيه لملف الإغاثة والقوافل الاجتماعية', [ALLOC], ['size'], ['differs']),
  // «نصف مليون» = 500,000 targeted vs 250,000 targeted by the same programme.
  c('ar', 'القوافل الاجتماعية استهدفت نصف مليون مستفيد', [TARGETED], ['size'], ['differs']),
  // The relief-and-caravans amount given to the Sitr wa Afia caravans alone: sub-programme, not in the source.
  c('ar', 'التحالف رصد ملياري جنيه لقوافل ستر وعافية وحدها', [ALLOC], ['scope'], ['not-stated']),
  // A total over all programmes: the source gives only the relief-and-caravans amount.
  c('ar', 'إجمالي ما رصده التحالف لكل برامجه بلغ 2 مليار جنيه', [ALLOC], ['scope'], ['not-stated']),
  // Families instead of citizens: the source counts individuals and gives no number of families.
  c('ar', 'التحالف وصل إلى 30 مليون أسرة من الأكثر احتياجًا', [REACHED], ['unit'], ['not-stated']),
  // A year the source does not give (2021, before the alliance began in March 2022): date, not-stated.
  c('ar', 'التحالف وصل إلى 30 مليون مواطن خلال عام 2021', [REACHED], ['date'], ['not-stated']),
  // A number no founding figure covers (food cartons): no figure, not-stated.
  c('ar', 'التحالف وزّع 5 ملايين كرتونة مواد غذائية على الأسر', [], [], ['not-stated']),
  // Tweet with a hashtag, both database figures in Arabic-Indic digits, reached first.
  c('ar', '#التحالف_الوطني: ٣٠ مليون مواطن وصلهم الدعم من أصل ٣٧٫٤ مليون في قاعدة البيانات', [REACHED, DB], [], ['matches', 'matches']),
  // Fully spelled-out number: 37 million 400 thousand registered.
  c('ar', 'قاعدة البيانات ضمّت سبعة وثلاثين مليونًا وأربعمائة ألف مواطن من الأكثر احتياجًا', [DB], [], ['matches']),
  // The start date the source gives (March 2022) plus a number word: matches; the year is not a claim number.
  c('ar', 'منذ مارس 2022 وصل التحالف إلى ثلاثين مليون مواطن', [REACHED], [], ['matches']),

  // ---- Egyptian colloquial ----
  // Colloquial number word «تلاتين» (ثلاثين) in a question: reached 30 million citizens.
  c('eg', 'يعني التحالف وصل لتلاتين مليون مواطن؟ ده رقم كبير قوي', [REACHED], [], ['matches']),
  // «الداتابيز بتاعة التحالف فيها» = the alliance's database has: registered 37.4 million.
  c('eg', 'الداتابيز بتاعة التحالف فيها 37.4 مليون مواطن', [DB], [], ['matches']),
  // «مخصص» = allocated, programme named: matches.
  c('eg', 'التحالف مخصص 2 مليار جنيه للإغاثة والقوافل الاجتماعية يا جماعة', [ALLOC], [], ['matches']),
  // Colloquial 250 thousand in words («ميتين وخمسين ألف»), targeted: matches.
  c('eg', 'القوافل الاجتماعية كانت مستهدفة ميتين وخمسين ألف مستفيد', [TARGETED], [], ['matches']),
  // «صرف» = spent vs allocated.
  c('eg', 'التحالف صرف 2 مليار جنيه على القوافل والإغاثة', [ALLOC], ['measure'], ['not-stated']),
  // «وصلت لـ» = reached (source: targeted) and families (source: beneficiaries): both not in the source.
  c('eg', 'القوافل وصلت لـ250 ألف أسرة', [TARGETED], ['measure', 'unit'], ['not-stated']),
  // 40 million reached vs the source's 30 million reached (Arabic-Indic digits).
  c('eg', 'بيقولوا التحالف وصل لـ٤٠ مليون مواطن', [REACHED], ['size'], ['differs']),
  // Allocated to the same programme, 4 billion vs 2 billion.
  c('eg', 'التحالف خصص 4 مليار جنيه للقوافل والإغاثة', [ALLOC], ['size'], ['differs']),
  // The politician's error in colloquial words: «مليارين» spent (measure), «عيلة» families (unit), whole alliance (scope).
  c('eg', 'التحالف صرف مليارين جنيه على ربع مليون عيلة', [ALLOC, TARGETED], ['measure', 'unit', 'scope'], ['not-stated', 'not-stated']),
  // Sitr wa Afia caravans alone («لوحدها»): sub-programme of relief and social caravans.
  c('eg', 'قوافل ستر وعافية لوحدها استهدفت 250 ألف مستفيد', [TARGETED], ['scope'], ['not-stated']),
  // One governorate (Giza) instead of the nation: the source gives no governorate split.
  c('eg', 'التحالف وصل لـ٣٠ مليون مواطن في الجيزة لوحدها', [REACHED], ['scope'], ['not-stated']),
  // School bags: school supplies are mentioned but with no number; no figure covers it.
  c('eg', 'التحالف وزع 3 مليون شنطة مدرسية', [], [], ['not-stated']),

  // ---- English ----
  // Headline: 30 million reached.
  c('en', "Study: Egypt's National Alliance reached 30 million needy citizens", [REACHED], [], ['matches']),
  // "37.4m" abbreviation; "holds" = registered in the database.
  c('en', "The alliance's database of the neediest holds 37.4m citizens", [DB], [], ['matches']),
  // Both relief figures: "EGP 2bn" and a grouped "250,000".
  c('en', 'EGP 2bn was allocated to relief and social caravans, targeting 250,000 beneficiaries', [ALLOC, TARGETED], [], ['matches', 'matches']),
  // "LE" currency and a number word; "earmarked" = allocated.
  c('en', 'Relief and social caravans: LE two billion earmarked', [ALLOC], [], ['matches']),
  // "spent" vs allocated.
  c('en', 'The alliance spent two billion pounds on relief and social caravans', [ALLOC], ['measure'], ['not-stated']),
  // "served" vs targeted; "a quarter of a million" = 250,000.
  c('en', 'Social caravans served a quarter of a million beneficiaries', [TARGETED], ['measure'], ['not-stated']),
  // 37,400,000 presented as reached; the source gives it as registered (and reached as 30 million).
  c('en', 'The alliance has reached 37,400,000 citizens', [DB], ['measure'], ['differs']),
  // 30 million presented as registered; the source gives it as reached (and registered as 37.4 million).
  c('en', '30 million citizens are registered in the alliance database', [REACHED], ['measure'], ['differs']),
  // 45 million registered vs 37.4 million registered.
  c('en', 'Nearly 45 million citizens are registered in the neediest database', [DB], ['size'], ['differs']),
  // 5 billion allocated to the same programme vs 2 billion.
  c('en', 'The relief and caravans programme received EGP 5 billion in allocations', [ALLOC], ['size'], ['differs']),
  // "100k" targeted vs 250 thousand targeted.
  c('en', 'Relief caravans targeted just 100k beneficiaries, the study says', [TARGETED], ['size'], ['differs']),
  // Households instead of citizens: the source gives no number of families.
  c('en', 'Some 30 million households have been reached by the alliance', [REACHED], ['unit'], ['not-stated']),
  // A total across all programmes: the source gives only the relief-and-caravans amount.
  c('en', 'In total, the alliance allocated EGP 2 billion across all its programmes', [ALLOC], ['scope'], ['not-stated']),
  // One governorate (Aswan): the source gives no governorate split.
  c('en', 'In Aswan, relief caravans targeted 250,000 beneficiaries', [TARGETED], ['scope'], ['not-stated']),
  // A date the source does not give (end of 2024; the source is as of about January 2023).
  c('en', 'By the end of 2024, the alliance had reached 30 million citizens', [REACHED], ['date'], ['not-stated']),
  // Food boxes: no founding figure covers it.
  c('en', 'The alliance handed out 1.2 million food boxes', [], [], ['not-stated']),
  // "Roughly thirty million" reached and 37.4 million in the database: both match, in that order.
  c('en', 'Roughly thirty million citizens reached, out of 37.4 million in the database', [REACHED, DB], [], ['matches', 'matches']),
];
