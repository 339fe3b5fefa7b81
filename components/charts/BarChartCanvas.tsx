'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { Digits } from '@/lib/format';
import { horizontalConfig, verticalConfig } from './bar-config';
import type { BarChartProps } from './types';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function currentDigits(): Digits {
  return document.documentElement.dataset.digits === 'arab' ? 'arab' : 'latn';
}

export default function BarChartCanvas(props: BarChartProps) {
  const { title, horizontal = false } = props;
  const chartRef = useRef<ChartJS<'bar', (number | null)[]>>(null);
  const [digits, setDigits] = useState<Digits>(currentDigits);

  useEffect(() => {
    // Web fonts load after the canvas measures its labels: redraw once they are ready.
    document.fonts?.ready.then(() => chartRef.current?.update());
    const onDigits = () => setDigits(currentDigits());
    window.addEventListener('digitschange', onDigits);
    return () => window.removeEventListener('digitschange', onDigits);
  }, []);

  const { data, options } = useMemo(() => {
    const theme = {
      colors: [cssVar('--chart-1'), cssVar('--chart-2')],
      ink: cssVar('--ink'),
      line: cssVar('--line'),
      font: { family: cssVar('--font-sans') || 'sans-serif', size: 14 },
    };
    return horizontal ? horizontalConfig(props, digits, theme) : verticalConfig(props, digits, theme);
  }, [props, digits, horizontal]);

  return <Bar ref={chartRef} data={data} options={options} aria-label={title} role="img" fallbackContent={<p>{title}</p>} />;
}
