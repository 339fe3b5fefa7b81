import type { ReactNode } from 'react';

/** A success message, announced politely; usable from server and client components. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mt-4 rounded-xl border border-brand bg-brand-soft px-4 py-3 font-semibold text-ink">
      {children}
    </p>
  );
}
