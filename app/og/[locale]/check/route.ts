import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { checkCardWords } from '@/lib/claims/card-words';
import { runCheck } from '@/lib/claims/load';
import { claimTextSchema } from '@/lib/claims/record-schema';
import { renderCheckCard } from '@/lib/claims/share-image';
import { sourceAttribution } from '@/components/figures/SourceLine';

export const dynamic = 'force-dynamic';

/** Share image of a claim check (/og/<locale>/check?claim=…): each number's verdict with the source's quote, Arabic shaped by Skia. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const parsed = claimTextSchema.min(1).safeParse(new URL(request.url).searchParams.get('claim') ?? '');
  if (!parsed.success) return new Response('A claim of 1 to 1000 characters is needed: ?claim=…', { status: 400 });
  const [{ result, vocabulary }, site, ts] = await Promise.all([
    runCheck(parsed.data, locale),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Source' }),
  ]);
  const words = checkCardWords(result, vocabulary.words('latn'), {
    site: site('name'),
    link: `${siteUrl()}/${locale}/check`,
    attribution: (source) => sourceAttribution(source, ts),
  });
  const png = renderCheckCard(words, locale);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' } });
}
