import { getTranslations } from 'next-intl/server';
import type { Retirement } from '@/lib/data/retired';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Num } from '@/components/ui/Num';

/**
 * «Retired on … because …», near the top of a retired record's page, version pages and embeds (where `compact`
 * leaves out the second sentence). Nothing when the record is current.
 */
export async function RetiredNotice({ retired, kind, locale, compact = false }: {
  retired: Retirement | null | undefined; kind: 'figure' | 'initiative'; locale: Locale; compact?: boolean;
}) {
  if (!retired) return null;
  const t = await getTranslations({ locale, namespace: 'Retired' });
  const { at, reason } = retired;
  return (
    <div role="note" className={`rounded-xl border-2 border-calc bg-calc-soft ${compact ? 'mt-2 p-2 text-sm' : 'mt-4 p-4'}`} data-testid="retired-notice">
      <p className="font-semibold">
        {t.rich(kind, { date: () => <Num locale={locale} format={(d) => formatDate(at, locale, 'day', d)} />, reason })}
      </p>
      {compact ? null : <p className="mt-1">{t(`${kind}Stays`)}</p>}
    </div>
  );
}
