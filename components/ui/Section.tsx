import type { ReactNode } from 'react';

export function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mx-auto max-w-6xl px-4 pt-12">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">{title}</h2>
      {lead ? <p className="mt-2 max-w-3xl text-muted">{lead}</p> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}
