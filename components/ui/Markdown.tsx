import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

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
 * event handlers, javascript: links or styles), whatever was typed.
 */
export function Markdown({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`prose-body ${className}`}>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
