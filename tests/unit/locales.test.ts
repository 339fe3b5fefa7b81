import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '@/locales/ar.json';
import en from '@/locales/en.json';
import { defaultLocale, directionOf, isLocale, pick } from '@/lib/i18n/locales';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('locales', () => {
  it('reads Arabic right to left and English left to right, Arabic by default', () => {
    expect(defaultLocale).toBe('ar');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });

  it('accepts only known locales', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('picks the bilingual field for the reader', () => {
    const row = { nameAr: 'الدعم النقدي', nameEn: 'Cash support' };
    expect(pick(row, 'name', 'ar')).toBe('الدعم النقدي');
    expect(pick(row, 'name', 'en')).toBe('Cash support');
  });

  it('has every Arabic message translated into English and no extra English keys', () => {
    expect(keys(en).sort()).toEqual(keys(ar).sort());
    for (const key of keys(en)) expect(key.split('.').reduce<any>((o, k) => o[k], en)).not.toBe('');
  });

  it('declares no key twice in one group (JSON keeps only the last, silently)', () => {
    for (const file of ['ar', 'en']) {
      const text = fs.readFileSync(path.resolve(__dirname, `../../locales/${file}.json`), 'utf8');
      const stack: Set<string>[] = [];
      const dupes: string[] = [];
      // Walk the JSON's strings and braces: a key is a string followed by a colon.
      for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g)) {
        if (m[0] === '{') stack.push(new Set());
        else if (m[0] === '}') stack.pop();
        else if (m[2]) {
          const keys = stack.at(-1)!;
          if (keys.has(m[1])) dupes.push(`${file}: ${m[1]}`);
          keys.add(m[1]);
        }
      }
      expect(dupes).toEqual([]);
    }
  });
});
