import { getTranslations } from 'next-intl/server';
import type { BreakdownView, GovernorateView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { TileMap } from '@/components/governorates/TileMap';
import { breakdownTiles } from './breakdown-tiles';
import { MapLegend } from './MapLegend';

/** The tile map of one breakdown, its keyboard hint and its colour key. */
export async function BreakdownMap({ view, governorates, locale }: { view: BreakdownView; governorates: GovernorateView[]; locale: Locale }) {
  const [t, tu] = await Promise.all([getTranslations('Breakdown'), getTranslations('Units')]);
  const { tiles, classes } = breakdownTiles(view, governorates, locale);
  return (
    <div>
      <p id="map-hint" className="mb-3 max-w-3xl text-sm text-muted">{t('mapHint')}</p>
      <TileMap
        tiles={tiles}
        label={t('mapLabel', { title: view.title })}
        hintId="map-hint"
        locale={locale}
        noValue={t('noData')}
        unit={view.figure.unit === 'EGP' ? undefined : tu(view.figure.unit)}
      />
      <MapLegend classes={classes} unit={view.figure.unit} locale={locale} hasSuppressed={tiles.some((x) => x.suppressed)} hasMissing={tiles.some((x) => !x.value)} />
    </div>
  );
}
