import { useEffect, useRef, useState } from 'react';
import type { Digits } from '@/lib/format';

/** What the chart canvases share: theme colours from CSS and the reader's digits. */
export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function currentDigits(): Digits {
  return document.documentElement.dataset.digits === 'arab' ? 'arab' : 'latn';
}

/** A chart's ref and the reader's digits: redrawn once web fonts are ready, re-read when the reader switches digits. */
export function useChartCanvas<T extends { update(): void }>() {
  const chartRef = useRef<T>(null);
  const [digits, setDigits] = useState<Digits>(currentDigits);
  useEffect(() => {
    // Web fonts load after the canvas measures its labels: redraw once they are ready.
    document.fonts?.ready.then(() => chartRef.current?.update());
    const onDigits = () => setDigits(currentDigits());
    window.addEventListener('digitschange', onDigits);
    return () => window.removeEventListener('digitschange', onDigits);
  }, []);
  return { chartRef, digits };
}
