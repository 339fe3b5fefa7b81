'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { BarChartProps } from './types';

// chart.js is loaded only when a chart scrolls into view, so pages stay light.
const BarChartCanvas = lazy(() => import('./BarChartCanvas'));

export function LazyChart(props: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: '200px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Horizontal charts grow with their bars so every label stays readable.
  const drawn = props.bars.filter((b) => b.value !== null).length;
  const height = props.horizontal ? `${Math.max(12, drawn * 1.75 + 4)}rem` : undefined;

  return (
    <div ref={ref} className={`relative w-full ${height ? '' : 'h-72'}`} style={height ? { height } : undefined}>
      {visible ? (
        <Suspense fallback={null}>
          <BarChartCanvas {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}
