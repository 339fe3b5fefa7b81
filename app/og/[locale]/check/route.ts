import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { serveArtefact } from '@/lib/cache/public-artefacts';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { checkCardWords } from '@/lib/claims/card-words';
import { runCheck } from '@/lib/claims/load';
import { claimTextSchema } from '@/lib/claims/record-schema';
import { renderCheckCard } from '@/lib/claims/share-image';
import { sourceAttribution } from '@/components/figures/SourceLine';

export const dynamic = 'force-dynamic';

async function drawCheckCard(claim: string, locale: Locale): Promise<Uint8Array> {
  const [{ result, vocabulary }, site, ts] = await Promise.all([
    runCheck(claim, locale),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Source' }),
  ]);
  const words = checkCardWords(result, vocabulary.words('latn'), {
    site: site('name'),
    link: `${siteUrl()}/${locale}/check`,
    attribution: (source) => sourceAttribution(source, ts),
  });
  return new Uint8Array(renderCheckCard(words, locale));
}

/**
 * Share image of a claim check (/og/<locale>/check?claim=…): each number's verdict with the source's quote, Arabic
 * shaped by Skia; drawn once per claim and published state.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const parsed = claimTextSchema.min(1).safeParse(new URL(request.url).searchParams.get('claim') ?? '');
  if (!parsed.success) return new Response('A claim of 1 to 1000 characters is needed: ?claim=…', { status: 400 });
  const claim = parsed.data;
  const response = await serveArtefact(request, {
    name: `og check ${locale} ${createHash('sha256').update(claim).digest('hex')}`,
    pool: 'claims',
    build: async () => ({ body: await drawCheckCard(claim, locale), contentType: 'image/png', headers: { 'Cache-Control': 'public, max-age=3600' } }),
  });
  return response!;
}
