import { getTranslations } from 'next-intl/server';
import { serveArtefact } from '@/lib/cache/public-artefacts';
import { getFigureBySlug } from '@/lib/data/figures';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { renderFigureCard } from '@/lib/images/figure-card';
import { sourceAttribution } from '@/components/figures/SourceLine';

export const dynamic = 'force-dynamic';

/** Draws the card; null when there is no such figure. */
async function drawFigureCard(locale: Locale, slug: string): Promise<Uint8Array | null> {
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) return null;
  const [site, m, u, e, ts, o] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'Embed' }),
    getTranslations({ locale, namespace: 'Source' }),
    getTranslations({ locale, namespace: 'Observations' }),
  ]);
  const head = figure.observation;
  return new Uint8Array(renderFigureCard(figure, locale, {
    site: site('name'), measure: m(figure.measure), asOf: e('asOf'), unit: u(figure.unit), source: e('source'),
    attribution: sourceAttribution(figure.source, ts),
    // Data from before values were checked says so on the image too, or carries its public explanation.
    check: head.valueNote ? `${o('valueNote')} ${head.valueNote}` : head.quoteStatesValue ? null : o('notInQuote'),
  }));
}

/**
 * Open Graph image of a figure: its headline observation with that observation's own source and date (Arabic shaped
 * by Skia), drawn once per published state and then served from memory.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const response = await serveArtefact(request, {
    name: `og figure ${locale} ${slug}`,
    build: async () => {
      const png = await drawFigureCard(locale, slug);
      return png && { body: png, contentType: 'image/png', headers: { 'Cache-Control': 'public, max-age=3600' } };
    },
  });
  return response ?? new Response('Not found', { status: 404 });
}
