import { getTranslations } from 'next-intl/server';
import type { BreakdownSummary } from '@/lib/data/types';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';

/** Published breakdowns as cards linking to their map and table. */
export async function BreakdownList({ breakdowns }: { breakdowns: BreakdownSummary[] }) {
  const [t, m] = await Promise.all([getTranslations('Governorates'), getTranslations('Measures')]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {breakdowns.map((b) => (
        <li key={b.id} className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-5" data-breakdown={b.id}>
          <p><Badge>{m(b.figure.measure)}</Badge></p>
          <h3 className="text-lg font-bold">
            <Link href={`/breakdowns/${b.id}`} className="text-ink underline-offset-4 hover:text-brand hover:underline">{b.title}</Link>
          </h3>
          <p className="text-sm text-muted">{t('breakdownCard', { figure: b.figure.label, count: b.valueCount })}</p>
        </li>
      ))}
    </ul>
  );
}
