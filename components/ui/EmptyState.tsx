import type { ReactNode } from 'react';

/** Says plainly that something has not been published yet, and what will appear when it is. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-3xl rounded-2xl border border-dashed border-line bg-surface p-5" data-testid="empty-state">
      <p className="font-semibold">{title}</p>
      <p className="mt-2 text-muted">{children}</p>
    </div>
  );
}
