'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';

/**
 * The header's links and tools. On a phone they fold behind a «القائمة» / "Menu" disclosure (a native
 * <details>, so it opens without JavaScript and exposes its expanded state); from 640 px up they are
 * always shown and the button is hidden (globals.css, .site-menu). With JavaScript it also closes after
 * a navigation and on Escape, handing focus back to the button.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const shownPath = useRef(pathname);

  // Close after moving to another page (the header stays mounted), not on the first render.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  function onKeyDown(event: React.KeyboardEvent<HTMLDetailsElement>) {
    const details = ref.current;
    if (event.key !== 'Escape' || !details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  return (
    <details ref={ref} onKeyDown={onKeyDown} className="site-menu group sm:w-full">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-full border border-control px-3 font-semibold hover:border-brand hover:text-brand sm:hidden [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M3 5h14M3 10h14M3 15h14" className="group-open:hidden" />
          <path d="M5 5l10 10M15 5L5 15" className="hidden group-open:block" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface px-4 pb-5 pt-2 shadow-lg sm:static sm:flex sm:flex-wrap sm:items-center sm:gap-x-6 sm:gap-y-2 sm:border-0 sm:p-0 sm:shadow-none">
        {children}
      </div>
    </details>
  );
}
