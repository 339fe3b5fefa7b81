import { diffArrays } from 'diff';
import type { Nodes } from 'hast';
import Markdown, { type Options } from 'react-markdown';
import { markdownOptions } from './security/markdown';

/** One run of a word-level comparison: text both sides share, text only the new side has, or only the old one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed' | 'gap';
  text: string;
}

const blocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'ul', 'ol', 'table', 'hr']);

function textOf(tree: Nodes): string {
  let out = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') out += node.value;
    if (node.type === 'element' && node.tagName === 'br') out += '\n';
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties?.alt === 'string') out += node.properties.alt;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (node.type === 'element' && blocks.has(node.tagName)) out += '\n';
  };
  walk(tree);
  // As a browser lays it out: runs of spaces inside a block read as one space; blocks as lines.
  return out.split('\n').map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * Markdown as the public page renders it, as plain text: the page's own pipeline (raw HTML skipped, sanitized),
 * then the words a reader sees, one line per paragraph, heading or list item; no #, *, or link addresses.
 */
export function markdownToText(markdown: string): string {
  let tree: Nodes | null = null;
  const capture = () => (t: Nodes) => {
    tree = t;
  };
  // The component is a plain function without hooks: calling it runs the pipeline; its elements are not needed.
  Markdown({ ...markdownOptions, rehypePlugins: [...markdownOptions.rehypePlugins, capture] as Options['rehypePlugins'], children: markdown });
  return tree ? textOf(tree) : markdown;
}

/** Words, spaces and punctuation as Unicode word boundaries cut them (an Arabic word with its clitics stays whole). */
function tokens(text: string, lang: string): string[] {
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
}

const hasWord = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].some((s) => s.isWordLike);

function commonSpace(a: string, b: string): string {
  const [x, y] = [/\s*$/.exec(a)![0], /\s*$/.exec(b)![0]];
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n === a.length || n === b.length ? '' : x.slice(x.length - n);
}

/** Changes separated only by spaces or punctuation read as one removal and one addition. */
function joinChanges(parts: DiffPart[], lang: string): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    // Space both sides end with is kept text, not part of the change.
    const tail = removed && added ? commonSpace(removed, added) : '';
    if (removed) out.push({ kind: 'removed', text: removed.slice(0, removed.length - tail.length) });
    if (added) out.push({ kind: 'added', text: added.slice(0, added.length - tail.length) });
    if (tail) out.push({ kind: 'same', text: tail });
    removed = added = '';
  };
  parts.forEach((p, i) => {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if ((removed || added) && i < parts.length - 1 && !hasWord(p.text, lang) && !p.text.includes('\n')) {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push(p);
    }
  });
  flush();
  return out.reduce<DiffPart[]>((acc, p) => {
    const last = acc.at(-1);
    if (last && last.kind === p.kind) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

/** Long unchanged stretches keep a few words either side of a change; the rest is one gap. */
function trimContext(parts: DiffPart[], lang: string, context: number): DiffPart[] {
  return parts.flatMap((p, i): DiffPart[] => {
    if (p.kind !== 'same') return [p];
    const t = tokens(p.text, lang);
    const words = t.filter((s) => hasWord(s, lang)).length;
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = first || last ? context : 2 * context;
    if (words <= keep + 4) return [p];
    const cut = (n: number, fromEnd: boolean) => {
      let seen = 0;
      const picked: string[] = [];
      for (const s of fromEnd ? [...t].reverse() : t) {
        if (hasWord(s, lang) && ++seen > n) break;
        picked.push(s);
      }
      return (fromEnd ? picked.reverse() : picked).join('');
    };
    const head = first ? '' : cut(context, false);
    const tail = last ? '' : cut(context, true);
    return [...(head ? [{ kind: 'same' as const, text: head }] : []), { kind: 'gap' as const, text: '…' }, ...(tail ? [{ kind: 'same' as const, text: tail }] : [])];
  });
}

/**
 * A word-level comparison of two texts as readers see them. Nothing is normalised: the old text is exactly the
 * same and removed parts in order, the new text the same and added parts (before long unchanged stretches are cut
 * to `context` words either side of a change).
 */
export function wordDiff(before: string, after: string, lang: string, context = 8): DiffPart[] {
  const changes = diffArrays(tokens(before, lang), tokens(after, lang));
  const parts = changes.map((c): DiffPart => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') }));
  return context > 0 ? trimContext(joinChanges(parts, lang), lang, context) : joinChanges(parts, lang);
}

/** The comparison as one line of plain text, for a feed's summary: `… kept [removed: old] [added: new] kept …`. */
export function diffAsText(parts: DiffPart[], words: { added: string; removed: string }): string {
  return parts
    .map((p) => {
      if (p.kind !== 'added' && p.kind !== 'removed') return p.text;
      // The spaces around a changed stretch stay outside its brackets, so the words beside it stay apart.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text)!;
      return `${lead}[${p.kind === 'added' ? words.added : words.removed} ${core}]${trail}`;
    })
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}
