/**
 * What a claim is about, around each number: the programme, the alliance as a whole, a governorate or the nation,
 * and the years it names; and how sure it is ("نحو", "أكثر من", "about"). The nearest word in the same sentence
 * wins, then the nearest in the claim.
 */
import type { NumberMention } from '../numbers/parse';
import { findCurrency, findGovernorate, findHedge, findMarker, findProgramme, findUnit, type Found, type Hedge, type Programme } from './lexicon';
import { sentenceAt, type Token } from './text';
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
  scopeNear(m: NumberMention, sentence: number): Scope;
}

const YEAR = /^[0-9٠-٩۰-۹]{4}$/;

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
    .filter((m) => {
      const n = next(m);
      const counts = n && (findUnit(tokens, n.index) || findCurrency(tokens, n.index));
      return !m.percent && YEAR.test(m.raw) && Number(m.value) >= 1990 && Number(m.value) <= 2100 && !counts;
    })
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

  /** Hits in the number's sentence, else in the whole claim; nearest first. */
  function near<H extends { start: number; sentence: number }>(list: H[], m: NumberMention, sentence: number): H[] {
    const inSentence = list.filter((h) => h.sentence === sentence);
    return [...(inSentence.length ? inSentence : list)].sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start));
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
    scopeNear(m, sentence) {
      const ys = near(years, m, sentence);
      return {
        programme: word<Programme>(near(programmes, m, sentence)[0]),
        alliance: near(alliance, m, sentence)[0]?.word ?? null,
        governorate: word<string>(near(governorates, m, sentence)[0]),
        national: near(national, m, sentence)[0]?.word ?? null,
        years: [...new Set(ys.map((y) => y.value))].sort(),
        since: ys.some((y) => y.since),
      };
    },
  };
}
