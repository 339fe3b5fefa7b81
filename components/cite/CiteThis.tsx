'use client';

import { useEffect, useState } from 'react';
import { cite, citationStyles, type CitationInput } from '@/lib/citation';
import { type Locale, localesFrom, directionOf } from '@/lib/i18n/locales';
import { CopyButton } from './CopyButton';

/** Citations in every style and both languages; plain selectable text without JavaScript, one-click copy with it. */
export interface CiteLabels {
  styles: Record<(typeof citationStyles)[number], string>;
  languages: Record<Locale, string>;
  copy: string;
  copied: string;
}

export function CiteThis({ input, locale, renderedAt, labels }: { input: CitationInput; locale: Locale; renderedAt: string; labels: CiteLabels }) {
  const [accessed, setAccessed] = useState(() => new Date(renderedAt));
  useEffect(() => setAccessed(new Date()), []);
  const languages = localesFrom(locale);

  return (
    <div className="space-y-4">
      {citationStyles.map((style) => (
        <details key={style} open={style === 'newsroom'} className="rounded-xl border border-line bg-surface p-4">
          <summary className="cursor-pointer font-semibold">{labels.styles[style]}</summary>
          {languages.map((lang) => {
            const text = cite(input, style, lang, accessed);
            const code = style === 'bibtex' || style === 'csl';
            return (
              <div key={lang} className="mt-3">
                <div className="flex items-center justify-between gap-3">
                  <span className="text-sm text-muted">{labels.languages[lang]}</span>
                  <CopyButton text={text} label={labels.copy} done={labels.copied} />
                </div>
                {code ? (
                  <pre dir="ltr" className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded-lg bg-paper p-3 text-start text-xs" data-citation={`${style}-${lang}`}>{text}</pre>
                ) : (
                  <p lang={lang} dir={directionOf(lang)} className="mt-1 select-all whitespace-pre-line [overflow-wrap:anywhere] rounded-lg bg-paper p-3 text-sm" data-citation={`${style}-${lang}`}>{text}</p>
                )}
              </div>
            );
          })}
        </details>
      ))}
    </div>
  );
}
