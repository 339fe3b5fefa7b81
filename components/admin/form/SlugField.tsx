'use client';

import { useEffect, useState } from 'react';
import { FieldShell, inputClass } from './Fields';
import { useFormContext } from './FormContext';

/** Latin words of a title as a slug: lower case, hyphens between words, at most 80 characters, cut at a word. */
export function suggestSlug(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 80) break;
    slug = next;
  }
  return slug;
}

/**
 * A new record's permanent address, suggested from its English title while the person has not typed one of their own.
 * `from` is the id of the field the suggestion follows.
 */
export function SlugField({ name, label, hint, from }: { name: string; label: string; hint: string; from: string }) {
  const initial = useFormContext().values[name];
  const [value, setValue] = useState(typeof initial === 'string' ? initial : '');
  const [own, setOwn] = useState(Boolean(initial));
  useEffect(() => {
    const source = document.getElementById(from) as HTMLInputElement | null;
    if (!source || own) return;
    const follow = () => setValue(suggestSlug(source.value));
    follow();
    source.addEventListener('input', follow);
    return () => source.removeEventListener('input', follow);
  }, [from, own]);
  return (
    <FieldShell name={name} label={label} hint={hint} className="sm:col-span-2">
      {(a11y) => (
        <input {...a11y} type="text" dir="ltr" lang="en" autoComplete="off" value={value} className={inputClass}
          onChange={(e) => { setOwn(true); setValue(e.target.value); }} />
      )}
    </FieldShell>
  );
}
