import { getTranslations } from 'next-intl/server';
import type { ObservationView } from '@/lib/data/types';

/**
 * Beside a value: the public explanation when its quote does not state it, or, when there is none (data from before
 * values were checked), a visible warning that the quoted passage does not state this value.
 */
export async function ValueCheck({ observation, compact = false }: { observation: Pick<ObservationView, 'valueNote' | 'quoteStatesValue'>; compact?: boolean }) {
  const t = await getTranslations('Observations');
  if (observation.valueNote) {
    return (
      <p className={`${compact ? 'text-xs' : 'text-sm'} text-ink`} data-testid="value-note">
        <span className="font-semibold">{t('valueNote')}</span> <span dir="auto">{observation.valueNote}</span>
      </p>
    );
  }
  if (observation.quoteStatesValue) return null;
  return (
    <p role="note" className={`rounded-md border-s-4 border-demo bg-calc-soft px-2 py-1 ${compact ? 'text-xs' : 'text-sm'} font-semibold text-ink`} data-testid="value-not-in-quote">
      <span aria-hidden="true">⚠ </span>
      {t('notInQuote')}
    </p>
  );
}
