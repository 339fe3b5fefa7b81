import { apaReferences, type CitationInput } from '@/lib/citation';
import type { Locale } from '@/lib/i18n/locales';
import { SheetUrl } from './SheetUrl';

/**
 * The APA 7 references on a sheet: each its own paragraph with a hanging indent, titles in italics, and URLs set
 * left to right and broken only after their slashes.
 */
export function SheetCitation({ input, locale, accessed }: { input: CitationInput; locale: Locale; accessed?: Date }) {
  return (
    <div className="fs-refs" lang={locale}>
      {apaReferences(input, locale, accessed).map((reference, i) => (
        <p key={i} className="fs-ref" dir="auto">
          {reference.map((s, j) => (s.url ? <SheetUrl key={j} url={s.text} /> : s.italic ? <i key={j}>{s.text}</i> : s.text))}
        </p>
      ))}
    </div>
  );
}
