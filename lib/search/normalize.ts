/**
 * Arabic-aware folding and light stemming, applied the same way when indexing and when searching.
 * Rules follow what Lucene's ArabicNormalizer and ArabicStemmer do (see DOMAIN.md); no search library
 * folds Arabic correctly on its own, so the index library only ever sees the terms made here.
 */

// Harakat, superscript alef and tatweel carry no meaning for search; NFKD first splits hamza carriers
// (أ إ آ ؤ ئ) into a base letter plus one of these marks, so dropping them folds the carriers too.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
// Accents on Latin letters (café → cafe) after NFKD.
const LATIN_MARKS = /[\u0300-\u036F]/g;

const LETTER_MAP: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064A', // ى alef maqsura → ي
  '\u06CC': '\u064A', // Persian yeh ی → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06A9': '\u0643', // Persian keheh ک → ك
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
};

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9. */
function foldDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch;
}

/** Folds spelling variants: alef forms, ى/ي, ة/ه, hamza carriers, diacritics, tatweel, digits, case. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(LATIN_MARKS, '')
    .replace(/[\u0671\u0649\u06CC\u0629\u06A9\u066B\u066C]/g, (ch) => LETTER_MAP[ch])
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, foldDigit)
    .toLowerCase();
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

// Lucene ArabicStemmer's lists, written in folded form (ة is already ه here).
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Strips one article/conjunction prefix, then the listed suffixes, while two letters remain. */
export function stemArabic(word: string): string {
  let w = word;
  // Longest prefixes first so "وال" wins over "و".
  for (const p of [...PREFIXES].sort((a, b) => b.length - a.length)) {
    if (w.startsWith(p) && w.length >= p.length + 2 && !(p.length === 1 && w.length < 4)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length >= s.length + 2) w = w.slice(0, -s.length);
  }
  return w;
}

/** Plural "s" only: enough to match caravan/caravans and supply/supplies. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

// Folded forms: إلى → الي, على → علي.
const STOPWORDS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'او', 'ثم', 'ان', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'قد', 'لا', 'ما',
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'by', 'with', 'at', 'from', 'is', 'are', 'was', 'were',
]);

/**
 * The search term for one folded word, or null when it carries nothing to search for
 * (a stopword, or a lone Arabic letter such as the conjunction و written apart).
 */
export function termOfWord(folded: string): string | null {
  if (STOPWORDS.has(folded)) return null;
  if (isArabicWord(folded)) return folded.length < 2 ? null : stemArabic(folded);
  return stemEnglish(folded);
}
