/**
 * What a claim is about, around each number: the programme, the alliance as a whole, a governorate or the nation,
 * and the years it names; and how sure it is ("نحو", "أكثر من", "about"). The nearest word in the same sentence
 * that may speak for the number wins (not a word in another number's clause, unless it opens the sentence), then the
 * nearest in the claim when its sentence names none.
 */
import type { NumberMention } from '../numbers/parse';
import { findCurrency, findGovernorate, findHedge, findMarker, findProgramme, findUnit, isKnownWord, type Found, type Hedge, type Programme } from './lexicon';
import { fold, sentenceAt, type Token } from './text';
import type { ClaimNumber, Word } from './types';

type Scope = Pick<ClaimNumber, 'programme' | 'alliance' | 'governorate' | 'national' | 'years' | 'since'>;

interface Hit<T> {
  value: T;
  word: string;
  start: number;
  sentence: number;
}

export interface ContextHit {
  isYear(m: NumberMention): boolean;
  hedgeNear(m: NumberMention, before: Token[], after: Token[]): Hedge | null;
  /** binds: whether a word at that position may speak for this number (not a word of another number's clause). */
  scopeNear(m: NumberMention, sentence: number, binds: (position: number) => boolean): Scope;
}

const YEAR = /^[0-9٠-٩۰-۹]{4}$/;
/** Words after which a number is a date: "عام 2021", "سنة 2024", "خلال 2020", "بحلول 2025", "until 2023". */
const DATE_BEFORE = new Set(
  ['عام', 'سنة', 'سنه', 'خلال', 'بحلول', 'حتى', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية', 'year', 'during', 'until', 'till', 'through', 'throughout', 'mid', 'early', 'late', 'fy'].map(fold),
);
/** "في 2021", "in 2020", "by 2020": a date unless a unit, a currency or a programme's own word follows ("في 2000 أسرة"). */
const AT = new Set(['في', 'فى', 'in', 'by'].map(fold));

/**
 * A four-digit number from 1990 to 2100 is a year of the claim, not an amount: always after a word that names a date
 * ("عام 2021", "سنة 2024", "منذ", "خلال", "بحلول", "since", "until", "during", a month); after «في», "in" or "by"
 * unless a unit, currency or programme's word follows it at once ("في 2000 أسرة", "in 2000 caravans"); otherwise
 * ("2022 كان") unless the word right after it is a thing it counts ("2000 مدرسة"), which an Arabic word with the article
 * never is ("2021 الحكومة"). Only the words next to it decide: a currency after a later number
 * ("في عام 2021 ملياري جنيه", "In 2019 EGP 2 billion") is that number's.
 */
function readsAsYear(claim: string, m: NumberMention, tokens: Token[], words: Token[], mentions: NumberMention[]): boolean {
  const isWord = (t: Token | undefined) => !!t && words.includes(t) && t.sentence === sentenceAt(claim, m.start);
  const previous = [...tokens].reverse().find((t) => t.end <= m.start);
  const following = tokens.find((t) => t.start >= m.end);
  const before = isWord(previous) ? previous : undefined;
  const after = isWord(following) ? following : undefined;
  const marker = before ? findMarker(tokens, before.index)?.value : undefined;
  if (marker === 'since' || marker === 'month' || before?.bases.some((b) => DATE_BEFORE.has(b))) return true;
  if (!after) return true;
  // "In 2019 EGP 2 billion": a currency written before the next number is that number's.
  const beforeNext = mentions.some((n) => n.start >= after.end && /^\s*$/.test(claim.slice(after.end, n.start)));
  // "3 آلاف قافلة", "500 schools": a programme's own word right after a number is what it counts; "للقوافل" is not.
  // "2021 relief caravans": a programme's word before another one names it, it does not count.
  const nextWord = tokens[after.index + 1];
  const programmeNoun = !!findProgramme(tokens, after.index) && !/^(لل|ل|ب|ف|و|في)/.test(after.folded) && !(nextWord && findProgramme(tokens, nextWord.index));
  const counted = !!findUnit(tokens, after.index) || (!!findCurrency(tokens, after.index) && !beforeNext) || programmeNoun;
  if (before?.bases.some((b) => AT.has(b))) return !counted;
  const definite = /^(ال|وال|بال|لل|فال)/.test(after.folded);
  return !counted && (isKnownWord(tokens, after.index) || definite);
}

export function readContext(claim: string, tokens: Token[], words: Token[], mentions: NumberMention[]): ContextHit {
  const hit = <T>(f: Found<T>): Hit<T> => ({
    value: f.value, word: claim.slice(tokens[f.first].start, tokens[f.last].end), start: tokens[f.first].start, sentence: tokens[f.first].sentence,
  });
  const scan = <T>(find: (t: Token[], i: number) => Found<T> | null) => words.flatMap((t) => (find(tokens, t.index) ? [hit(find(tokens, t.index)!)] : []));

  // "قوافل ستر وعافية" names the Sitr wa Afia caravans, not every caravan.
  const sitr = scan(findProgramme).filter((h) => h.value === 'sitr-wa-afia');
  const programmes = scan(findProgramme).filter((h) => h.value === 'sitr-wa-afia' || !sitr.some((s) => Math.abs(s.start - h.start) < 24));
  const markers = scan(findMarker);
  const alliance = markers.filter((h) => h.value === 'alliance');
  const national = markers.filter((h) => h.value === 'national');
  const governorates = scan(findGovernorate);

  const next = (m: NumberMention) => words.find((t) => t.start >= m.end);
  const years = mentions
    .filter((m) => !m.percent && YEAR.test(m.raw) && Number(m.value) >= 1990 && Number(m.value) <= 2100 && readsAsYear(claim, m, tokens, words, mentions))
    .map((m) => {
      const before = words.filter((t) => t.end <= m.start).slice(-3);
      const since = before.some((t) => findMarker(tokens, t.index)?.value === 'since');
      return { value: Number(m.value), word: m.raw, start: m.start, sentence: sentenceAt(claim, m.start), since, mention: m };
    });
  // "في 27 محافظة": the whole country.
  for (const m of mentions) {
    const n = next(m);
    if (m.value === '27' && n && findMarker(tokens, n.index)?.value === 'governorates') {
      national.push({ value: 'national', word: claim.slice(m.start, n.end), start: m.start, sentence: sentenceAt(claim, m.start) });
    }
  }

  /** Hits in the number's sentence that may speak for it, else (none in its sentence at all) in the whole claim; nearest first. */
  function near<H extends { start: number; sentence: number }>(list: H[], m: NumberMention, sentence: number, binds: (position: number) => boolean): H[] {
    const inSentence = list.filter((h) => h.sentence === sentence);
    return [...(inSentence.length ? inSentence.filter((h) => binds(h.start)) : list)].sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start));
  }
  const word = <T>(h: Hit<T> | undefined): Word<T> | null => (h ? { value: h.value, word: h.word } : null);

  return {
    isYear: (m) => years.some((y) => y.mention === m),
    hedgeNear(m, before, after) {
      for (const t of before.slice(0, 2)) {
        for (let s = t.index - 2; s <= t.index; s++) {
          const f = s >= 0 ? findHedge(tokens, s) : null;
          if (f && f.last >= t.index && f.last <= (before[0]?.index ?? t.index)) return f.value;
        }
      }
      const later = after.slice(0, 3).map((t) => findHedge(tokens, t.index)).find((f) => f?.value === 'about');
      return later?.value ?? null;
    },
    scopeNear(m, sentence, binds) {
      const ys = near(years, m, sentence, binds);
      return {
        programme: word<Programme>(near(programmes, m, sentence, binds)[0]),
        alliance: near(alliance, m, sentence, binds)[0]?.word ?? null,
        governorate: word<string>(near(governorates, m, sentence, binds)[0]),
        national: near(national, m, sentence, binds)[0]?.word ?? null,
        years: [...new Set(ys.map((y) => y.value))].sort(),
        since: ys.some((y) => y.since),
      };
    },
  };
}
