'use client';

import { useEffect, useState } from 'react';
import { DEFAULT_DIGITS, type Digits } from '@/lib/format';

/**
 * The reader's digit choice (html[data-digits], set by the header's switch) for text that cannot carry both forms,
 * such as a select's options: the default until the page runs, then the choice, following any switch.
 */
export function useDigits(): Digits {
  const [digits, setDigits] = useState<Digits>(DEFAULT_DIGITS);
  useEffect(() => {
    const read = () => setDigits(document.documentElement.dataset.digits === 'arab' ? 'arab' : 'latn');
    read();
    window.addEventListener('digitschange', read);
    return () => window.removeEventListener('digitschange', read);
  }, []);
  return digits;
}
