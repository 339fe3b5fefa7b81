import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, directionOf, isLocale, localeOfAcceptLanguage, localeOfPath, locales, localesFrom, pick, stripLocale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

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

  it('reads the locale from a path or a browser language, never trusting an unknown one', () => {
    expect(stripLocale('/en/figures/x')).toBe('/figures/x');
    expect(stripLocale('/ar')).toBe('');
    expect(stripLocale('/arabic/x')).toBe('/arabic/x');
    expect(localeOfPath('/en/figures?x=1')).toBe('en');
    expect(localeOfPath('/fr/figures')).toBe(defaultLocale);
    expect(localeOfAcceptLanguage('en-GB,en;q=0.9,ar;q=0.5')).toBe('en');
    expect(localeOfAcceptLanguage('fr-FR,en;q=0.9')).toBe(defaultLocale);
    expect(localeOfAcceptLanguage(null)).toBe(defaultLocale);
    expect(localesFrom('en')[0]).toBe('en');
  });

  it('has every message of the default locale in every locale, and no extra keys', () => {
    const reference = keys(allMessages[defaultLocale]).sort();
    for (const locale of locales) {
      expect(keys(allMessages[locale]).sort(), locale).toEqual(reference);
      for (const key of reference) expect(key.split('.').reduce<any>((o, k) => o[k], allMessages[locale]), `${locale}: ${key}`).not.toBe('');
    }
  });

  it('declares no key twice in one group (JSON keeps only the last, silently)', () => {
    for (const file of locales) {
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
