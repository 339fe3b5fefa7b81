import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

/**
 * The credit line every embed ends with: its sources and the link back to the portal. Snippets are sized so this
 * line shows at the frame's default height (see embed-size.ts), and the resize script keeps it in view.
 */
export async function EmbedCredit({ href, children }: { href: string; children?: ReactNode }) {
  const t = await getTranslations('Embed');
  return (
    <footer className="mt-2 space-y-1 border-t border-line pt-2" data-testid="embed-credit">
      {children}
      <p className="text-sm">
        <span className="text-muted">{t('credit')}</span>{' '}
        <a href={href} target="_blank" rel="noopener" className="font-semibold text-brand underline">{t('viewOnPortal')}</a>
      </p>
    </footer>
  );
}
