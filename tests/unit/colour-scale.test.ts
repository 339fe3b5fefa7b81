import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCALE_STEPS, scaleClasses, stepOf } from '@/lib/colour-scale';

const css = fs.readFileSync(path.resolve(__dirname, '../../app/globals.css'), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('tile map colours', () => {
  const schemes = { light: vars(css.slice(0, darkStart)), dark: vars(css.slice(darkStart)) };
  for (const [scheme, v] of Object.entries(schemes)) {
    it(`keeps text readable on every step (${scheme}, WCAG AA 4.5:1)`, () => {
      for (let s = 1; s <= SCALE_STEPS; s++) {
        expect(v[`scale-${s}`], `--scale-${s}`).toBeDefined();
        expect(contrast(v[`scale-${s}`], v[`scale-ink-${s}`]), `step ${s}`).toBeGreaterThanOrEqual(4.5);
      }
    });
    it(`makes neighbouring steps distinguishable and ordered (${scheme})`, () => {
      const lum = Array.from({ length: SCALE_STEPS }, (_, i) => luminance(v[`scale-${i + 1}`]));
      const rising = scheme === 'dark';
      for (let i = 1; i < lum.length; i++) {
        expect(rising ? lum[i] > lum[i - 1] : lum[i] < lum[i - 1], `step ${i + 1}`).toBe(true);
        expect(contrast(v[`scale-${i}`], v[`scale-${i + 1}`]), `steps ${i}/${i + 1}`).toBeGreaterThanOrEqual(1.2);
      }
    });
  }
});

describe('colour classes', () => {
  it('splits values into classes of about equal size, ends of the ramp used', () => {
    const classes = scaleClasses([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(classes.map((c) => c.step)).toEqual([1, 2, 3, 4, 5]);
    expect(classes[0]).toMatchObject({ min: 10, max: 20 });
    expect(stepOf(100, classes)).toBe(5);
  });

  it('never gives equal values two colours, and copes with one value', () => {
    const classes = scaleClasses([5, 5, 5, 5, 9]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([[5, 5], [9, 9]]);
    expect(scaleClasses([42])).toEqual([{ step: SCALE_STEPS, min: 42, max: 42 }]);
    expect(scaleClasses([])).toEqual([]);
  });
});
