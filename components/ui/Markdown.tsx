import ReactMarkdown, { type Components } from 'react-markdown';
import { markdownOptions } from '@/lib/security/markdown';

// Links open normally but never hand the opener or referrer to another site.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} className="text-brand underline" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * Staff-written Markdown, rendered inert: raw HTML is dropped and the result is sanitized (no scripts,
 * event handlers, javascript: links or styles), whatever was typed. Staff see what was dropped
 * (lib/security/markdown.ts, markdownRemovals).
 */
export function Markdown({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`prose-body ${className}`}>
      <ReactMarkdown {...markdownOptions} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
