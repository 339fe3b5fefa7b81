import type { DiffPart } from '@/lib/changelog-diff';

/** Colour is never the only sign: removed words are struck through, added ones underlined, and both are named aloud. */
export const diffClasses = {
  removed: 'rounded-sm bg-rose-100 px-0.5 text-rose-950 line-through decoration-1 dark:bg-rose-950 dark:text-rose-100',
  added: 'rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-1 underline-offset-4 dark:bg-emerald-950 dark:text-emerald-100',
} as const;

/** A word-level comparison in running text: kept words plain, removed in <del>, added in <ins>, long stretches cut to "…". */
export function DiffText({ parts, words }: { parts: DiffPart[]; words: { added: string; removed: string } }) {
  return (
    <span dir="auto" className="block whitespace-pre-line ps-4" data-testid="change-diff">
      {parts.map((p, i) => {
        if (p.kind === 'removed' || p.kind === 'added') {
          // Spaces at the edges stay outside the mark, so only words are highlighted.
          const [, lead, core, trail] = /^(\s*)([^]*?)(\s*)$/.exec(p.text)!;
          const Mark = p.kind === 'removed' ? 'del' : 'ins';
          return (
            <span key={i}>
              {lead}<Mark className={diffClasses[p.kind]}><span className="sr-only">{`${words[p.kind]} `}</span>{core}</Mark>{trail}
            </span>
          );
        }
        return p.kind === 'gap' ? (
          <span key={i} className="text-muted">{p.text}</span>
        ) : (
          <span key={i}>{p.text}</span>
        );
      })}
    </span>
  );
}
