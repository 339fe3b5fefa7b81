import { getTranslations } from 'next-intl/server';
import type { ChangeStatus } from '@/lib/validation/change';

const tones: Record<ChangeStatus, string> = {
  draft: 'bg-paper text-ink border border-line',
  in_review: 'bg-calc-soft text-calc',
  published: 'bg-brand-soft text-brand',
  rejected: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200',
  discarded: 'bg-paper text-muted border border-dashed border-line',
};

export async function StatusBadge({ status }: { status: ChangeStatus }) {
  const t = await getTranslations('Changes.statuses');
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${tones[status]}`}>{t(status)}</span>;
}
