import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCss, inArabicSubset, isArabicScript } from '../../scripts/fonts';
import { arabicFontHref } from '@/lib/font-files';

const root = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

/** Arabic-script characters of a text that the subset font cannot draw (they would fall back to another font). */
function missing(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isArabicScript(cp) && !inArabicSubset(cp)) out.add(`U+${cp.toString(16).toUpperCase()} ${ch}`);
  }
  return [...out];
}

describe('Arabic font subset', () => {
  it('draws every Arabic letter, mark and digit of the interface and the founding data', () => {
    expect(missing(read('locales/ar.json'))).toEqual([]);
    expect(missing(read('prisma/seed-data.ts'))).toEqual([]);
  });

  it('leaves out what Arabic pages do not write: Persian digits, presentation forms, Quranic marks', () => {
    for (const cp of [0x06f1, 0xfefb, 0xfdf2, 0x06d6, 0x0750]) expect(inArabicSubset(cp)).toBe(false);
    for (const cp of [0x0627, 0x0644, 0x064e, 0x0660, 0x066b, 0x060c, 0x061f, 0x06af]) expect(inArabicSubset(cp)).toBe(true);
  });

  it('is one small committed file named by its content, and the stylesheet matches the generator', () => {
    const file = path.join(root, 'public', arabicFontHref);
    const bytes = fs.readFileSync(file);
    expect(path.basename(file)).toBe(`noto-sans-arabic-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.woff2`);
    expect(bytes.length).toBeLessThan(30 * 1024);
    expect(fs.readdirSync(path.join(root, 'public', 'fonts')).filter((f) => f.endsWith('.woff2'))).toEqual([path.basename(file)]);
    expect(read('app/fonts.css')).toBe(fontCss(arabicFontHref));
  });
});
