import { getTranslations } from 'next-intl/server';
import { getFigureRecord, getSourceRecord } from '@/lib/data/dataset';
import { isLocale } from '@/lib/i18n/locales';
import { renderFigureCard } from '@/lib/images/figure-card';
import { sourceAttribution } from '@/components/figures/SourceLine';

export const dynamic = 'force-dynamic';

/** Open Graph image of a figure (Arabic shaped by Skia). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const figure = isLocale(locale) ? await getFigureRecord(slug) : null;
  if (!figure || !isLocale(locale)) return new Response('Not found', { status: 404 });
  const [site, m, u, e, ts, source] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Measures' }),
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'Embed' }),
    getTranslations({ locale, namespace: 'Source' }),
    getSourceRecord(figure.source),
  ]);
  const png = renderFigureCard(figure, source, locale, { site: site('name'), measure: m(figure.measure), asOf: e('asOf'), unit: u(figure.unit), source: e('source'),
    attribution: source ? sourceAttribution({ origin: source.origin?.[locale] ?? null, publisher: source.publisher[locale] }, ts) : '',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' } });
}
