import { getTranslations } from 'next-intl/server';
import type { GovernorateBreakdownEntry } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { formatDisclosed } from '@/lib/small-count';
import { Num } from '@/components/ui/Num';

/** Each published breakdown's value in one governorate, linking to the full breakdown. */
export async function GovernorateFigures({ entries, locale, caption }: { entries: GovernorateBreakdownEntry[]; locale: Locale; caption: string }) {
  const [t, tu] = await Promise.all([getTranslations('GovernoratePage'), getTranslations('Units')]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 text-start">{t('figure')}</th>
            <th scope="col" className="py-2 text-start">{t('breakdown')}</th>
            <th scope="col" className="py-2 text-start">{t('value')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ breakdown: b, value }) => (
            <tr key={b.id} className="border-b border-line/60 align-top" data-breakdown={b.id}>
              <th scope="row" className="py-2 text-start font-normal">
                <Link href={`/figures/${b.figure.slug}`} className="text-brand underline">{b.figure.label}</Link>
              </th>
              <td className="py-2">
                <Link href={`/breakdowns/${b.id}`} className="text-brand underline">{b.title}</Link>
              </td>
              <td className="py-2" data-cell="value">
                <Num locale={locale} format={(d) => formatDisclosed(value, b.figure.unit, locale, d)} />
                {b.figure.unit === 'EGP' ? '' : ` ${tu(b.figure.unit)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
