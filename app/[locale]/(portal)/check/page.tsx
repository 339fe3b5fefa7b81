import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { siteUrl } from '@/lib/site';
import { runCheck } from '@/lib/claims/load';
import { checkPaths } from '@/lib/claims/record';
import { CLAIM_MAX_LENGTH, claimTextSchema } from '@/lib/claims/record-schema';
import { PageHeader } from '@/components/ui/PageHeader';
import { CheckForm } from '@/components/claims/CheckForm';
import { CheckResults } from '@/components/claims/CheckResults';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLE = { ar: 'التحالف أنفق 2 مليار جنيه على 250 ألف أسرة', en: 'The alliance spent EGP 2 billion on 250,000 families' } as const;

async function readClaimParam(searchParams: Props['searchParams']) {
  const q = (await searchParams).claim;
  const raw = typeof q === 'string' ? q : Array.isArray(q) ? (q[0] ?? '') : '';
  const parsed = claimTextSchema.safeParse(raw);
  return { claim: parsed.success ? parsed.data : raw.trim().slice(0, CLAIM_MAX_LENGTH), valid: parsed.success };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  const { claim, valid } = await readClaimParam(searchParams);
  const image = valid && claim ? `${siteUrl()}${checkPaths(locale, claim).image}` : null;
  return {
    title: t('title'),
    description: t('lead'),
    alternates: alternates(locale, '/check'),
    // Each checked claim is a page of its own to share, not one for search engines.
    robots: claim ? { index: false, follow: true } : undefined,
    ...(image ? { openGraph: { images: [{ url: image, width: 1200, height: 630 }] }, twitter: { card: 'summary_large_image', images: [image] } } : {}),
  };
}

/** Reads ?claim=, so it renders per request; every other page stays prerendered. */
export default async function CheckPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { claim, valid } = await readClaimParam(searchParams);
  const [t, checked] = await Promise.all([getTranslations('Check'), valid && claim ? runCheck(claim, locale) : Promise.resolve(null)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="mx-auto max-w-6xl px-4">
        <CheckForm locale={locale} claim={claim} error={valid ? null : t('tooLong', { max: CLAIM_MAX_LENGTH })} />
        {checked ? (
          <CheckResults result={checked.result} locale={locale} vocabulary={checked.vocabulary} />
        ) : (
          <p className="mt-6 max-w-3xl">
            <span className="font-semibold">{t('exampleLead')}</span>{' '}
            <a href={checkPaths(locale, EXAMPLE[locale]).page} className="text-brand underline" data-testid="check-example">
              «{EXAMPLE[locale]}»
            </a>
          </p>
        )}
      </div>
    </>
  );
}
