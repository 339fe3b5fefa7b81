import { getTranslations } from 'next-intl/server';
import { getFigureBySlug } from '@/lib/data/figures';
import { isLocale } from '@/lib/i18n/locales';
import { renderFigureCard } from '@/lib/images/figure-card';
import { sourceAttribution } from '@/components/figures/SourceLine';

export const dynamic = 'force-dynamic';

/** Open Graph image of a figure: its headline observation with that observation's own source and date (Arabic shaped by Skia). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const figure = isLocale(locale) ? await getFigureBySlug(locale, slug) : null;
  if (!figure || !isLocale(locale)) return new Response('Not found', { status: 404 });
  const [site, m, u, e, ts, o] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'Embed' }),
    getTranslations({ locale, namespace: 'Source' }),
    getTranslations({ locale, namespace: 'Observations' }),
  ]);
  const head = figure.observation;
  const png = renderFigureCard(figure, locale, {
    site: site('name'), measure: m(figure.measure), asOf: e('asOf'), unit: u(figure.unit), source: e('source'),
    attribution: sourceAttribution(figure.source, ts),
    // Data from before values were checked says so on the image too, or carries its public explanation.
    check: head.valueNote ? `${o('valueNote')} ${head.valueNote}` : head.quoteStatesValue ? null : o('notInQuote'),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' } });
}
