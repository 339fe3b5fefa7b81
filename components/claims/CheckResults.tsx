import { getTranslations } from 'next-intl/server';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import type { CheckVocabulary } from '@/lib/claims/load';
import { checkPaths } from '@/lib/claims/record';
import { summaryText } from '@/lib/claims/words';
import type { CheckResult } from '@/lib/claims/types';
import { NumberResult } from './NumberResult';
import { tap } from '@/components/ui/tap';

/** The whole result, rendered on the server: what differs overall, each number, and the links to keep and share it. */
export async function CheckResults({ result, locale, vocabulary }: { result: CheckResult; locale: Locale; vocabulary: CheckVocabulary }) {
  const t = await getTranslations('Check');
  const sep = localeInfo(locale).comma;
  const paths = checkPaths(locale, result.claim);
  return (
    <section aria-labelledby="check-results-heading" className="mt-10 space-y-6" data-testid="check-results">
      <h2 id="check-results-heading" className="text-2xl font-bold">{t('resultsTitle')}</h2>
      <p>
        <span className="font-semibold">{t('claimEcho')}</span> «<bdi dir="auto">{result.claim}</bdi>»
      </p>
      <p className="text-lg font-semibold" role="status" data-testid="check-kinds">{summaryText(result, vocabulary.words('latn'))}</p>
      <p className="max-w-3xl text-sm text-muted">{t('note')}</p>
      {result.numbers.map((check) => (
        <NumberResult key={check.claim.start} check={check} locale={locale} vocabulary={vocabulary} />
      ))}
      {result.ignored.length ? (
        <p className="text-sm text-muted" data-testid="check-ignored">
          {t('ignored', { list: result.ignored.map((i) => `«${i.raw}» (${t(`ignoredReasons.${i.reason}`)})`).join(sep) })}
        </p>
      ) : null}
      <section aria-labelledby="check-share-heading" className="rounded-2xl border border-line bg-surface p-4" data-testid="check-share">
        <h3 id="check-share-heading" className="text-lg font-bold">{t('shareTitle')}</h3>
        <p className="mt-2">
          <span className="font-semibold">{t('permalink')}:</span>{' '}
          <a href={paths.page} className="break-all text-brand underline" data-testid="check-permalink">{`${siteUrl()}${paths.page}`}</a>
        </p>
        <p className="mt-1">
          <a href={paths.image} className={`${tap} text-brand underline`} data-testid="check-image">{t('image')}</a>
        </p>
      </section>
    </section>
  );
}
