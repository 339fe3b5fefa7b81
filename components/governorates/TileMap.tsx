'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { type Locale, directionOf } from '@/lib/i18n/locales';
import type { Tile } from './tile-types';

const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The nearest tile in a direction: same row for left/right; for up/down the nearest row, then column. */
function nextTile(tiles: Tile[], from: Tile, [dr, dc]: [number, number]): Tile | undefined {
  const candidates = tiles.filter((t) =>
    dr === 0 ? t.row === from.row && Math.sign(t.col - from.col) === dc : Math.sign(t.row - from.row) === dr,
  );
  const cost = (t: Tile) => (dr === 0 ? Math.abs(t.col - from.col) : Math.abs(t.row - from.row) * 100 + Math.abs(t.col - from.col));
  return candidates.sort((a, b) => cost(a) - cost(b))[0];
}

/**
 * Egypt's governorates as equal squares placed roughly where they lie. The grid is always left to
 * right so geography is never mirrored; arrow keys move between tiles (one tab stop, roving tabindex).
 */
export function TileMap({ tiles, label, hintId, locale, noValue, unit }: { tiles: Tile[]; label: string; hintId: string; locale: Locale; noValue?: string; unit?: string }) {
  const [active, setActive] = useState(tiles[0]?.code);
  const refs = useRef(new Map<string, HTMLAnchorElement>());
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1;

  function focusTile(t: Tile | undefined) {
    if (!t) return;
    setActive(t.code);
    refs.current.get(t.code)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, tile: Tile) {
    const move = moves[event.key];
    if (move) focusTile(nextTile(tiles, tile, move));
    else if (event.key === 'Home') focusTile(tiles[0]);
    else if (event.key === 'End') focusTile(tiles[tiles.length - 1]);
    else return;
    event.preventDefault();
  }

  return (
    <div className="relative overflow-x-auto pb-2">
      <div
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        dir="ltr"
        className="grid min-w-[30rem] max-w-2xl gap-1.5"
        style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${rows}, auto)` }}
      >
        {tiles.map((t) => (
          <a
            key={t.code}
            ref={(el) => {
              if (el) refs.current.set(t.code, el);
              else refs.current.delete(t.code);
            }}
            href={t.href}
            data-code={t.code}
            tabIndex={t.code === active ? 0 : -1}
            onKeyDown={(e) => onKeyDown(e, t)}
            onFocus={() => setActive(t.code)}
            data-step={t.step ?? undefined}
            dir={directionOf(locale)}
            className={`tile relative flex aspect-square flex-col items-center justify-center rounded-lg border p-1 text-center leading-tight no-underline hover:ring-2 hover:ring-brand ${
              t.step !== null ? 'border-line' : t.suppressed ? 'border-2 border-dotted border-muted bg-surface text-ink' : noValue ? 'border-dashed border-line bg-surface text-ink' : 'border-line bg-brand-soft text-ink'
            }`}
            style={{ gridRow: t.row + 1, gridColumn: t.col + 1 }}
          >
            <span className="text-[0.7rem] font-semibold sm:text-xs">{t.name}</span>
            {t.value ? (
              <span className="mt-0.5 text-[0.7rem] tabular-nums sm:text-xs">
                <bdi>
                  <span className="num-latn">{t.value.latn}</span>
                  <span className="num-arab">{t.value.arab}</span>
                </bdi>
                {unit ? <span className="sr-only"> {unit}</span> : null}
              </span>
            ) : noValue ? (
              <span className="mt-0.5 text-[0.65rem] text-muted">{noValue}</span>
            ) : null}
          </a>
        ))}
      </div>
    </div>
  );
}
