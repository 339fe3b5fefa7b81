'use client';

import { useEffect, useState } from 'react';
import { DEFAULT_DIGITS, type Digits } from '@/lib/format';

/** Lets Arabic readers choose ٠١٢ or 012; the choice is kept in this browser. */
export function DigitsSwitch({ labels }: { labels: { label: string; latn: string; arab: string } }) {
  const [digits, setDigits] = useState<Digits>(DEFAULT_DIGITS);

  useEffect(() => {
    const current = document.documentElement.dataset.digits;
    if (current === 'arab' || current === 'latn') setDigits(current);
  }, []);

  function choose(next: Digits) {
    setDigits(next);
    document.documentElement.dataset.digits = next;
    try {
      localStorage.setItem('digits', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    window.dispatchEvent(new CustomEvent('digitschange', { detail: next }));
  }

  return (
    <div role="group" aria-label={labels.label} className="needs-js flex overflow-hidden rounded-full border border-control">
      {(['latn', 'arab'] as const).map((d) => (
        <button
          key={d}
          type="button"
          aria-pressed={digits === d}
          onClick={() => choose(d)}
          className="min-h-11 min-w-11 px-3 py-1 aria-pressed:bg-brand aria-pressed:text-brand-ink sm:min-h-8"
        >
          <span aria-hidden="true">{d === 'latn' ? '123' : '١٢٣'}</span>
          <span className="sr-only">{labels[d]}</span>
        </button>
      ))}
    </div>
  );
}
