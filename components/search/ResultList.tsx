import type { Segment, SearchHitType, SearchHitView } from '@/lib/search/types';

/** Matched words in <mark>; text is always rendered as text, never as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded bg-brand-soft px-0.5 font-semibold text-ink">{s.text}</mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export interface ResultLabels {
  types: Record<SearchHitType, string>;
  otherLanguage: string;
}

/** The results list, the same on the server-rendered page and while typing. */
export function ResultList({ hits, labels }: { hits: SearchHitView[]; labels: ResultLabels }) {
  return (
    <ol className="mt-4 grid gap-3" data-testid="search-results">
      {hits.map((h) => (
        <li key={h.href} className="rounded-2xl border border-line bg-surface p-4" data-type={h.type}>
          <p className="text-sm font-semibold text-muted">{labels.types[h.type]}</p>
          <h2 className="mt-1 text-lg font-bold">
            <a href={h.href} className="block text-ink underline-offset-4 hover:text-brand hover:underline">
              <Highlighted segments={h.title} />
            </a>
          </h2>
          {h.snippet ? (
            <p className="mt-1 text-muted">
              {h.snippetLang ? <span className="text-sm">({labels.otherLanguage}) </span> : null}
              <span lang={h.snippetLang ?? undefined} dir={h.snippetLang ? 'auto' : undefined}>
                <Highlighted segments={h.snippet} />
              </span>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
