import type { ReactNode } from 'react';

const tones = {
  brand: 'bg-brand-soft text-brand',
  calc: 'bg-calc-soft text-calc',
  neutral: 'bg-paper text-muted border border-line',
} as const;

export function Badge({ tone = 'brand', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}
