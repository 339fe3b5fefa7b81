import { getTranslations } from 'next-intl/server';

/** On a change page: this change retires its record, what that does, and (while open) how to change its reason. */
export async function RetireChangeNote({ open }: { open: boolean }) {
  const t = await getTranslations('Retire');
  return (
    <section role="note" aria-labelledby="retire-change-heading" className="mt-6 rounded-2xl border-2 border-red-800 bg-surface p-4 dark:border-red-300" data-testid="retire-change">
      <h2 id="retire-change-heading" className="text-lg font-bold">{t('changeTitle')}</h2>
      <p>{t('changeBody')}</p>
      {open ? <p className="mt-1 text-sm text-muted">{t('notEditable')}</p> : null}
    </section>
  );
}
