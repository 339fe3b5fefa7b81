/** One square of the tile map, ready to draw: the server decides every text and colour. */
export interface Tile {
  code: string;
  name: string;
  row: number;
  col: number;
  href: string;
  /** Colour step 1..5; null draws a plain tile (no value, or a small count shown as "fewer than N"). */
  step: number | null;
  /** The value in both digit forms; null when the governorate has no published value. */
  value: { latn: string; arab: string } | null;
  /** Set on tiles whose value is a small count, drawn with a dotted edge. */
  suppressed?: boolean;
}
