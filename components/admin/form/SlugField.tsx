'use client';

import { useEffect, useState } from 'react';
import transliterate from '@sindresorhus/transliterate';
import { FieldShell, inputClass } from './Fields';
import { useFormContext } from './FormContext';

/**
 * A title as a slug: lower case Latin words joined by hyphens, at most 80 characters, cut at a word. Arabic (or any
 * other script) is transliterated first, so a record named only in Arabic still gets a readable address.
 */
export function suggestSlug(title: string): string {
  const words = transliterate(title).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 80) break;
    slug = next;
  }
  return slug;
}

/**
 * A new record's permanent address, suggested while the person has not typed one of their own. `from` lists the ids of
 * the fields the suggestion follows, in order of preference (the English name, then the Arabic one).
 */
export function SlugField({ name, label, hint, from }: { name: string; label: string; hint: string; from: string[] }) {
  const initial = useFormContext().values[name];
  const [value, setValue] = useState(typeof initial === 'string' ? initial : '');
  const [own, setOwn] = useState(Boolean(initial));
  const followed = from.join(' ');
  useEffect(() => {
    const sources = followed.split(' ').map((id) => document.getElementById(id) as HTMLInputElement | null).filter((el) => el !== null);
    if (sources.length === 0 || own) return;
    const follow = () => setValue(suggestSlug(sources.map((el) => el.value).find((v) => v.trim()) ?? ''));
    follow();
    for (const el of sources) el.addEventListener('input', follow);
    return () => sources.forEach((el) => el.removeEventListener('input', follow));
  }, [followed, own]);
  return (
    <FieldShell name={name} label={label} hint={hint} className="sm:col-span-2">
      {(a11y) => (
        <input {...a11y} type="text" dir="ltr" lang="en" autoComplete="off" value={value} className={inputClass}
          onChange={(e) => { setOwn(true); setValue(e.target.value); }} />
      )}
    </FieldShell>
  );
}
