import type { SourceRef } from '../data/types';
import { formatDate } from '../format';
import type { CheckResult, Verdict } from './types';
import { claimValueText, summaryText, verdictText, type CheckWords } from './words';
import { localeInfo } from '@/lib/i18n/locales';

/** What the share image says about a result: three lines of verdicts fit, then the first source's quote and who states it. */
export function checkCardWords(
  result: CheckResult,
  w: CheckWords,
  extra: { site: string; link: string; attribution: (source: SourceRef) => string },
) {
  const { t, locale } = w;
  const firstCheck = result.numbers.find((n) => n.target) ?? null;
  const first = firstCheck?.target?.observations[0] ?? null;
  // Three lines fit: three numbers, or two and how many more the link shows.
  const shown = result.numbers.length > 3 ? 2 : 3;
  const rest = result.numbers.length - shown;
  const verdicts = result.numbers.length
    ? [...result.numbers.slice(0, shown).map((n) => `${claimValueText(n.claim, w)}: ${verdictText(n.verdict, w, n.calculated)}`), ...(rest > 0 ? [t('imageMore', { count: rest })] : [])]
    : [t('noNumbers')];
  // Each line's verdict, for its colour; null for the "and more" line.
  const verdictKinds: (Verdict | null)[] = result.numbers.length ? [...result.numbers.slice(0, shown).map((n) => n.verdict), ...(rest > 0 ? [null] : [])] : [null];
  const summary = summaryText(result, w);
  const { quotes } = localeInfo(locale);
  return {
    site: extra.site,
    title: t('imageTitle'),
    claim: `${t('imageClaim')}: ${quotes[0]}${result.claim}${quotes[1]}`,
    verdicts,
    verdictKinds,
    kinds: result.numbers.length ? summary : null,
    // The source does not say what the claim does: say in one line what it says instead.
    sourceSays: firstCheck?.verdict === 'not-stated' && first ? `${t('imageSourceSays')}: ${locale === first.source.language ? first.quote : (first.quoteTranslation ?? first.quote)}` : null,
    quote: first?.quote ?? null,
    translation: !first || locale === first.source.language ? null : (first.quoteTranslation ?? null),
    source: first ? `${t('imageSource')}: ${extra.attribution(first.source)} · ${formatDate(first.asOf, locale, first.asOfPrecision, w.digits)}` : null,
    link: extra.link,
  };
}
