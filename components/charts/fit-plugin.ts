import type { Chart, Plugin, Scale } from 'chart.js';

/** What the label check found: every axis label inside the canvas and clear of its neighbours and the axis title. */
export interface LabelFit {
  ok: boolean;
  problems: string[];
}

const linesOf = (label: unknown): string[] => (Array.isArray(label) ? label.map(String) : [String(label ?? '')]);

function widest(chart: Chart, scale: Scale, label: unknown): number {
  const font = (scale.options as unknown as { ticks?: { font?: { size?: number; family?: string } } }).ticks?.font;
  chart.ctx.save();
  chart.ctx.font = `${font?.size ?? 12}px ${font?.family ?? 'sans-serif'}`;
  const w = Math.max(...linesOf(label).map((l) => chart.ctx.measureText(l).width));
  chart.ctx.restore();
  return w;
}

/** Checks one axis: labels along it must not run into each other or off the canvas; labels across it must fit its box. */
function checkScale(chart: Chart, scale: Scale, problems: string[]) {
  const ticks = scale.ticks;
  if (!ticks.length || !scale.options.display) return;
  const labels = scale.getLabelItems?.() ?? [];
  if (scale.isHorizontal()) {
    const boxes = labels.map((item, i) => {
      const w = widest(chart, scale, item.label);
      const x = scale.getPixelForTick(i);
      return { from: x - w / 2, to: x + w / 2, label: linesOf(item.label).join(' ') };
    });
    boxes.sort((a, b) => a.from - b.from);
    boxes.forEach((b, i) => {
      if (b.from < -0.5 || b.to > chart.width + 0.5) problems.push(`${scale.id}: "${b.label}" is cut at the canvas edge`);
      if (i > 0 && boxes[i - 1].to > b.from + 0.5) problems.push(`${scale.id}: "${boxes[i - 1].label}" overlaps "${b.label}"`);
    });
  } else {
    const title = (scale.options as unknown as { title?: { display?: boolean; font?: { size?: number } } }).title;
    const titleSpace = title?.display ? (title.font?.size ?? 12) * 1.2 : 0;
    const room = scale.width - titleSpace;
    labels.forEach((item) => {
      const w = widest(chart, scale, item.label);
      if (w > room + 0.5) problems.push(`${scale.id}: "${linesOf(item.label).join(' ')}" (${Math.round(w)} px) does not fit beside the axis title (${Math.round(room)} px)`);
    });
    if (scale.left < -0.5 || scale.right > chart.width + 0.5) problems.push(`${scale.id}: the axis is cut at the canvas edge`);
  }
}

/** Writes the check on the canvas (`data-labels-fit`), where a browser test reads it after each draw. */
export const labelFitPlugin: Plugin = {
  id: 'shafafiyaLabelFit',
  afterDraw(chart) {
    const problems: string[] = [];
    Object.values(chart.scales).forEach((s) => checkScale(chart, s, problems));
    chart.canvas.dataset.labelsFit = JSON.stringify({ ok: problems.length === 0, problems } satisfies LabelFit);
    // The axes drawn, by id: one value axis ("y", or "x" for horizontal bars) and never a second one.
    chart.canvas.dataset.scales = Object.keys(chart.scales).sort().join(',');
  },
};
