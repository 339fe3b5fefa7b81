import { scaleClasses, stepOf, type ScaleClass } from '@/lib/colour-scale';
import type { BreakdownView, GovernorateView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { disclosedNumber, formatDisclosed } from '@/lib/small-count';
import type { Tile } from '@/components/governorates/tile-types';

/** Plain tiles for every governorate, each linking to its page. */
export function governorateTiles(governorates: GovernorateView[], locale: Locale): Tile[] {
  return governorates.map((g) => ({ code: g.code, name: g.name, row: g.tileRow, col: g.tileCol, href: `/${locale}/governorates/${g.code}`, step: null, value: null }));
}

/** Tiles coloured by a breakdown's values, with the classes the legend explains. */
export function breakdownTiles(view: BreakdownView, governorates: GovernorateView[], locale: Locale): { tiles: Tile[]; classes: ScaleClass[] } {
  const byCode = new Map(view.rows.filter((r) => r.governorate).map((r) => [r.governorate!.code, r.value]));
  const classes = scaleClasses([...byCode.values()].map(disclosedNumber).filter((n): n is number => n !== null));
  const tiles = governorateTiles(governorates, locale).map((t) => {
    const value = byCode.get(t.code);
    if (!value) return t;
    const n = disclosedNumber(value);
    const text = { latn: formatDisclosed(value, view.figure.unit, locale, 'latn'), arab: formatDisclosed(value, view.figure.unit, locale, 'arab') };
    return { ...t, step: n === null ? null : stepOf(n, classes), value: text, suppressed: n === null };
  });
  return { tiles, classes };
}
