'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartProps } from './types';

// chart.js is loaded only when a chart scrolls into view, so pages stay light.
const BarChartCanvas = lazy(() => import('./BarChartCanvas'));
const LineChartCanvas = lazy(() => import('./LineChartCanvas'));

export function LazyChart(props: ChartProps) {
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

  return (
    <div ref={ref} className="min-h-72 w-full">
      {visible ? (
        <Suspense fallback={null}>
          {props.kind === 'line' ? <LineChartCanvas {...props} /> : <BarChartCanvas {...props} />}
        </Suspense>
      ) : null}
    </div>
  );
}
