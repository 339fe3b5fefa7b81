/**
 * Sequential colour classes for the tile map. Classes split the published values into groups of about
 * equal size (quantiles), so a few large governorates do not wash out the rest; the legend prints each
 * class's actual smallest and largest value. Colours live in app/globals.css (--scale-N / --scale-ink-N,
 * light and dark), checked for text contrast by tests/unit/colour-scale.test.ts.
 */
export const SCALE_STEPS = 5;

export interface ScaleClass {
  /** 1 (least) to SCALE_STEPS (most). */
  step: number;
  min: number;
  max: number;
}

/** Classes from the values (small counts excluded: they are never known exactly). */
export function scaleClasses(values: readonly number[], steps = SCALE_STEPS): ScaleClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const k = Math.min(steps, new Set(sorted).size);
  const classes: ScaleClass[] = [];
  let start = 0;
  for (let c = 0; c < k; c++) {
    let end = c === k - 1 ? sorted.length : Math.round(((c + 1) * sorted.length) / k);
    // Equal values stay in one class, so a value never has two colours.
    while (end < sorted.length && end > 0 && sorted[end] === sorted[end - 1]) end++;
    if (end <= start) continue;
    classes.push({ step: 0, min: sorted[start], max: sorted[end - 1] });
    start = end;
    if (start >= sorted.length) break;
  }
  // Spread the classes over the whole ramp so two classes use its two ends.
  return classes.map((cl, i) => ({ ...cl, step: classes.length === 1 ? steps : Math.round(1 + (i * (steps - 1)) / (classes.length - 1)) }));
}

export function stepOf(value: number, classes: readonly ScaleClass[]): number | null {
  return classes.find((c) => value >= c.min && value <= c.max)?.step ?? null;
}
