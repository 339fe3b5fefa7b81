import { useFormatter, useTranslations } from 'next-intl';
import { markdownRemovals, type MarkdownRemoval } from '@/lib/security/markdown';

/**
 * Tells the editor what the public page will drop from their Markdown ("the <script> tag, a javascript: link"),
 * field by field; nothing is shown when every field renders as typed.
 */
export function MarkdownRemovalsNotice({ fields }: { fields: { label: string; text: string }[] }) {
  const t = useTranslations('MarkdownRemovals');
  const format = useFormatter();
  const describe = (r: MarkdownRemoval) => {
    if (r.kind === 'image') return t('image');
    if (r.kind === 'link') return t('link', { protocol: r.protocol });
    if (r.tag === '!--') return t('comment');
    if (r.tag === '!') return t('declaration');
    return t('tag', { tag: `<${r.tag}>` });
  };
  const found = fields.map((f) => ({ label: f.label, removals: markdownRemovals(f.text) })).filter((f) => f.removals.length > 0);
  if (found.length === 0) return null;
  return (
    <div className="mt-3 rounded-xl border border-calc bg-calc-soft/50 p-3 text-sm" data-testid="markdown-removals">
      <p className="font-semibold">{t('title')}</p>
      <ul className="mt-1 list-disc ps-5">
        {found.map((f) => (
          <li key={f.label}>{t('field', { field: f.label, items: format.list(f.removals.map(describe), { type: 'conjunction' }) })}</li>
        ))}
      </ul>
      <p className="mt-1 text-muted">{t('hint')}</p>
    </div>
  );
}
