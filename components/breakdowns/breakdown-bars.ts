import type { BreakdownView } from '@/lib/data/types';
import { disclosedNumber } from '@/lib/small-count';
import type { BarDatum } from '@/components/charts/types';

/** One bar per governorate; a small count keeps its row in the table but gets no bar. */
export function breakdownBars(view: BreakdownView, unitLabel: string): BarDatum[] {
  return view.rows
    .filter((r) => r.governorate)
    .map((r) => ({
      label: r.governorate!.name,
      value: disclosedNumber(r.value),
      unit: view.figure.unit,
      unitLabel,
      fewerThan: r.value.kind === 'fewer-than' ? r.value.threshold : undefined,
    }));
}
