'use client';

import { useRef } from 'react';
import { drawChartPng } from './png';
import type { ChartDownload } from './types';

/**
 * "Download as PNG": the chart with its title, caution, sources with dates and link drawn in (see drawChartPng).
 * The lines drawn are kept on the button (`data-png-lines`), so what the image says can be checked.
 */
export function PngButton({ chart, title, download, rtl }: { chart: () => HTMLCanvasElement | undefined; title: string; download: ChartDownload; rtl: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <button
      ref={ref}
      type="button"
      onClick={async () => {
        const canvas = chart();
        if (!canvas) return;
        const png = await drawChartPng(canvas, title, download, rtl);
        ref.current?.setAttribute('data-png-lines', JSON.stringify(png.lines));
        ref.current?.setAttribute('data-png-fit', JSON.stringify({ width: png.width, height: png.height, widestLine: png.widestLine, textWidth: png.textWidth }));
        const a = document.createElement('a');
        a.href = png.canvas.toDataURL('image/png');
        a.download = download.filename;
        a.click();
      }}
      className="mt-2 min-h-6 rounded-full border border-control px-3 py-0.5 text-sm hover:border-brand hover:text-brand"
    >
      {download.label}
    </button>
  );
}
