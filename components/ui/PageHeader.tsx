import type { ReactNode } from 'react';

export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 pb-6 pt-10">
      <h1 className="text-3xl font-bold leading-snug sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-muted">{lead}</p> : null}
      {children}
    </div>
  );
}
