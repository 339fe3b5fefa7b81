'use client';

import { savePng } from './canvas-support';
import type { ChartDownload } from './types';

/** "Download as PNG": the chart with its title, source line, date and link drawn in (see savePng). */
export function PngButton({ chart, title, download, rtl }: { chart: () => HTMLCanvasElement | undefined; title: string; download: ChartDownload; rtl: boolean }) {
  return (
    <button
      type="button"
      onClick={() => {
        const canvas = chart();
        if (canvas) savePng(canvas, title, download, rtl);
      }}
      className="mt-2 rounded-full border border-control px-3 py-0.5 text-sm hover:border-brand hover:text-brand"
    >
      {download.label}
    </button>
  );
}
