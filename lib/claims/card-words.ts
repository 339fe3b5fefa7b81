import type { SourceRef } from '../data/types';
import type { CheckResult } from './types';
import { claimValueText, verdictText, type CheckWords } from './words';

/** What the share image says about a result: three lines of verdicts fit, then the first source's quote and who states it. */
export function checkCardWords(
  result: CheckResult,
  w: CheckWords,
  extra: { site: string; link: string; attribution: (source: SourceRef) => string },
) {
  const { t, locale } = w;
  const first = result.numbers.find((n) => n.target)?.target?.observations[0] ?? null;
  // Three lines fit: three numbers, or two and how many more the link shows.
  const shown = result.numbers.length > 3 ? 2 : 3;
  const rest = result.numbers.length - shown;
  const verdicts = result.numbers.length
    ? [...result.numbers.slice(0, shown).map((n) => `${claimValueText(n.claim, w)}: ${verdictText(n.verdict, w)}`), ...(rest > 0 ? [t('imageMore', { count: rest })] : [])]
    : [t('noNumbers')];
  const kinds = result.differenceKinds.map((k) => t(`kinds.${k}`)).join(locale === 'ar' ? '، ' : ', ');
  return {
    site: extra.site,
    title: t('imageTitle'),
    claim: locale === 'ar' ? `${t('imageClaim')}: «${result.claim}»` : `${t('imageClaim')}: “${result.claim}”`,
    verdicts,
    kinds: kinds ? t('kindsFound', { kinds }) : null,
    quote: first?.quote ?? null,
    translation: locale === 'ar' ? null : (first?.quoteTranslation ?? null),
    source: first ? `${t('imageSource')}: ${extra.attribution(first.source)}` : null,
    link: extra.link,
  };
}
