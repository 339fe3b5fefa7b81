import type { ReactNode } from 'react';

/** Title, lead and an optional notice at the top of a staff page. */
export function AdminHeader({ title, lead, children }: { title: ReactNode; lead?: string; children?: ReactNode }) {
  return (
    <div className="pb-4 pt-8">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-muted">{lead}</p> : null}
      {children}
    </div>
  );
}

export { Notice } from './Notice';
