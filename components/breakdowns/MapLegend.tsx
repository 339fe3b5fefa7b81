import { getTranslations } from 'next-intl/server';
import type { ScaleClass } from '@/lib/colour-scale';
import { formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatDisclosed, SMALL_COUNT_THRESHOLD } from '@/lib/small-count';
import type { Unit } from '@/lib/vocabulary';
import { Num } from '@/components/ui/Num';

const swatch = 'tile inline-block size-5 shrink-0 rounded border';

/** What each colour means, in the data's own values; plus the plain and dotted tiles. */
export async function MapLegend({ classes, unit, locale, hasSuppressed, hasMissing }: { classes: ScaleClass[]; unit: Unit; locale: Locale; hasSuppressed: boolean; hasMissing: boolean }) {
  const t = await getTranslations('Breakdown');
  return (
    <div className="mt-4">
      <h3 className="text-base font-semibold">{t('legendTitle')}</h3>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {classes.map((c) => (
          <li key={c.step} className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} border-line`} data-step={c.step} />
            <Num locale={locale} format={(d) => (c.min === c.max ? formatValue(c.min, unit, locale, d) : t('legendRange', { from: formatValue(c.min, unit, locale, d), to: formatValue(c.max, unit, locale, d) }))} />
          </li>
        ))}
        {hasSuppressed ? (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} border-2 border-dotted border-muted bg-surface`} />
            <Num locale={locale} format={(d) => formatDisclosed({ kind: 'fewer-than', threshold: SMALL_COUNT_THRESHOLD }, unit, locale, d)} />
          </li>
        ) : null}
        {hasMissing ? (
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} border-dashed border-line bg-surface`} />
            {t('legendNoData')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
