/**
 * Arabic-aware folding, light stemming and term expansion, applied the same way when indexing and when
 * searching. The rules themselves live in rules.ts; this file only applies them. No search library folds
 * Arabic correctly on its own, so the index library only ever sees the terms made here.
 */
import {
  ARABIC_MARKS, CLITIC_MIN_LETTERS, DIGIT_BLOCKS, ENGLISH_PLURAL_MIN_LETTERS, FORMS, INDEX_ONLY_CLITICS, LATIN_MARKS,
  LETTER_FOLDS, LOOSE_LETTERS, PREFIXES, STOPWORDS, SUFFIXES, SYNONYMS, TANWEEN_ALEF,
} from './rules';

const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const FOREIGN_DIGITS = new RegExp(DIGIT_BLOCKS.map((b) => `[\\u${b.toString(16).padStart(4, '0')}-\\u${(b + 9).toString(16).padStart(4, '0')}]`).join('|'), 'g');

function foldDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  const block = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9);
  return block === undefined ? ch : String(code - block);
}

/** Folds spelling variants: alef forms, ى/ي, ة/ه, hamza carriers, diacritics, tatweel, digits, case. */
export function foldText(text: string): string {
  return text
    .replace(TANWEEN_ALEF, '')
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(LATIN_MARKS, '')
    .replace(FOLDED_LETTERS, (ch) => LETTER_FOLDS[ch])
    .replace(FOREIGN_DIGITS, foldDigit)
    .toLowerCase();
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

function stripSuffixes(word: string): string {
  let w = word;
  for (const { suffix, keep } of SUFFIXES) {
    if (w.endsWith(suffix) && w.length >= suffix.length + keep) w = w.slice(0, -suffix.length);
  }
  return w;
}

/** The prefix stemArabic removes from a folded word, or '' when none applies. */
function prefixOf(word: string): string {
  return PREFIXES.find((p) => word.startsWith(p) && word.length >= p.length + 2 && !(p.length === 1 && word.length < 4)) ?? '';
}

/** Strips one article/conjunction prefix, then the listed suffixes while enough letters remain. */
export function stemArabic(word: string): string {
  return stripSuffixes(word.slice(prefixOf(word).length));
}

/** Plural "s" only: enough to match caravan/caravans and supply/supplies. */
export function stemEnglish(word: string): string {
  if (word.length > ENGLISH_PLURAL_MIN_LETTERS && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > ENGLISH_PLURAL_MIN_LETTERS - 1 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "index" reads a document's word every way it may have been meant; "query" reads the reader's word as typed. */
export type KeyMode = 'index' | 'query';

/**
 * The stems of a folded Arabic word: the stemmer's first, then the word with a leading و kept (وصول is not
 * و + صول) and, in documents, without a one-letter preposition (بدعم → دعم).
 */
function arabicStems(word: string, mode: KeyMode): string[] {
  const stems = [stemArabic(word)];
  if (prefixOf(word) === 'و') stems.push(stripSuffixes(word));
  if (mode === 'index' && word.length >= CLITIC_MIN_LETTERS && INDEX_ONLY_CLITICS.some((c) => word.startsWith(c))) {
    stems.push(stemArabic(word.slice(1)));
  }
  return stems;
}

const HARD_LETTERS = new RegExp(`[${Object.keys(LOOSE_LETTERS).join('')}]`, 'g');
const LOOSE_WIDTH = Math.max(...Object.values(LOOSE_LETTERS).map((v) => v.length));

/** The word as typed by someone who says ت for ث, ز or د for ذ, ض for ظ (the caller stems each variant). */
function looseVariants(word: string): string[] {
  if (!word.match(HARD_LETTERS)) return [];
  return Array.from({ length: LOOSE_WIDTH }, (_, i) => word.replace(HARD_LETTERS, (l) => LOOSE_LETTERS[l][Math.min(i, LOOSE_LETTERS[l].length - 1)]));
}

const STOP = new Set(STOPWORDS.map(foldText));
const CONCEPT_MARK = '§';

interface Lexicon {
  /** A form's stem → its base word's stem (قوافل → قافل). */
  forms: Map<string, string>;
  /** A stem → the key of its synonym group. */
  concepts: Map<string, string>;
  /** Multi-word synonyms: the words' base stems in order, and the group's key. */
  phrases: { stems: string[]; concept: string }[];
}

let lexicon: Lexicon | undefined;

/** Built on first use from rules.ts, through the same folding and stemming as documents and queries. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const built: Lexicon = { forms: new Map(), concepts: new Map(), phrases: [] };
  const stemsOf = (text: string) => {
    const w = foldText(text);
    return isArabicWord(w) ? arabicStems(w, 'query') : [stemEnglish(w)];
  };
  for (const [form, base] of FORMS) {
    const target = stemsOf(base)[0];
    for (const s of stemsOf(form)) if (s !== target) built.forms.set(s, target);
  }
  const baseOf = (s: string) => built.forms.get(s) ?? s;
  for (const [name, members] of Object.entries(SYNONYMS)) {
    for (const member of members) {
      // Records carry both languages, so a group only joins words of one script; the other is found through it.
      const concept = `${CONCEPT_MARK}${name}${isArabicWord(member) ? '' : '.en'}`;
      const words = member.split(/\s+/);
      if (words.length > 1) built.phrases.push({ stems: words.map((w) => baseOf(stemsOf(w)[0])), concept });
      else for (const s of stemsOf(member)) built.concepts.set(baseOf(s), concept);
    }
  }
  lexicon = built;
  return built;
}

/** A word's keys: `all` for documents and phrase matching; `cover`, the fewest keys that find the same records. */
interface WordKeys {
  all: string[];
  cover: string[];
}

function wordKeys(folded: string, mode: KeyMode): WordKeys | null {
  if (STOP.has(folded)) return null;
  const { forms, concepts } = getLexicon();
  const arabic = isArabicWord(folded);
  if (arabic && folded.length < 2) return null;
  const stems = arabic ? arabicStems(folded, mode) : [stemEnglish(folded)];
  const bases = stems.map((s) => forms.get(s) ?? s);
  // A synonym group's key is indexed wherever a member is, and a base word's stem wherever its forms are.
  const cover = bases.map((b, i) => concepts.get(b) ?? concepts.get(stems[i]) ?? b);
  const found = [...stems, ...bases].flatMap((k) => [k, concepts.get(k) ?? k]);
  const loose = arabic && mode === 'index' ? looseVariants(folded).map(stemArabic) : [];
  return { all: [...new Set([...found, ...loose])], cover: [...new Set(cover)] };
}

/**
 * The index keys of one folded word, its plain stem first; empty when it carries nothing to search for
 * (a stopword, or a lone Arabic letter such as the conjunction و written apart). A document's word and a
 * query's word match when they share a key: the same stem, a broken plural's singular, a synonym group, or
 * (documents only) the word as spoken letters would spell it.
 */
export function keysOfWord(folded: string, mode: KeyMode): string[] {
  return wordKeys(folded, mode)?.all ?? [];
}

/** A query word's plain stem and the fewest keys that find every record its keys find. */
export function coveringKeys(folded: string): { stem: string; cover: string[] } | null {
  const k = wordKeys(folded, 'query');
  return k ? { stem: k.all[0], cover: k.cover } : null;
}

/** Multi-word synonyms ("قاعدة بيانات" for سجل) found in a run of words, each given by its keys. */
export function findPhrases(words: readonly (readonly string[])[]): { from: number; to: number; concept: string }[] {
  const found: { from: number; to: number; concept: string }[] = [];
  for (const { stems, concept } of getLexicon().phrases) {
    for (let i = 0; i + stems.length <= words.length; i++) {
      if (stems.every((s, j) => words[i + j].includes(s))) found.push({ from: i, to: i + stems.length - 1, concept });
    }
  }
  return found;
}
