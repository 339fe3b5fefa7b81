import { getTranslations } from 'next-intl/server';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import type { CheckVocabulary } from '@/lib/claims/load';
import type { NumberCheck, Verdict } from '@/lib/claims/types';
import { differenceText, verdictText } from '@/lib/claims/words';
import { Num } from '@/components/ui/Num';
import { ClaimSide } from './ClaimSide';
import { SourceSide } from './SourceSide';

// A symbol beside the words, so the verdict never rests on colour alone.
const marks: Record<Verdict, { symbol: string; className: string }> = {
  matches: { symbol: '✓', className: 'border-brand bg-brand-soft' },
  differs: { symbol: '≠', className: 'border-demo bg-calc-soft' },
  'not-stated': { symbol: '?', className: 'border-line bg-paper' },
};

/** One number of the claim: the verdict about the source, the claim and the source side by side, and each difference. */
export async function NumberResult({ check, locale, vocabulary }: { check: NumberCheck; locale: Locale; vocabulary: CheckVocabulary }) {
  const t = await getTranslations('Check');
  const { claim: n, target, verdict } = check;
  const headingId = `number-${n.start}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-2xl border border-line p-4 sm:p-6" data-testid="check-number" data-verdict={verdict} data-figure={target?.slug ?? ''}>
      <h3 id={headingId} className="text-xl font-bold">
        {/* The number isolated, so «80%» keeps its logical order inside the sentence. */}
        {t('numberHeading', { number: '\u0000' }).split('\u0000').map((part, i) => (
          <span key={i}>
            {i > 0 ? <bdi>{n.raw}</bdi> : null}
            {part}
          </span>
        ))}
      </h3>
      <p className={`inline-block rounded-xl border-s-4 px-3 py-1 text-lg font-semibold ${marks[verdict].className}`} data-testid="verdict">
        <span aria-hidden="true">{marks[verdict].symbol} </span>
        {t('verdictLabel')} {verdictText(verdict, vocabulary.words('latn'), check.calculated)}
      </p>
      {/* The differences first: on a phone they come before the two long columns. */}
      {target ? (
        <section>
          <h4 id={`${headingId}-differences`} className="text-lg font-bold">{t('differencesTitle')}</h4>
          {check.differences.length ? (
            <ul className="mt-2 list-disc space-y-1 ps-6" data-testid="differences">
              {check.differences.map((d, i) => (
                <li key={i} data-difference={d.kind}>
                  <span className="font-semibold">{t(`kinds.${d.kind}`)}:</span>{' '}
                  <Num locale={locale} format={(digits) => differenceText(d, n, target, vocabulary.words(digits), vocabulary.unitWord)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t('noDifferences')}</p>
          )}
        </section>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <ClaimSide id={`${headingId}-claim`} n={n} locale={locale} vocabulary={vocabulary} />
        {target ? (
          <SourceSide id={`${headingId}-source`} target={target} locale={locale} vocabulary={vocabulary} />
        ) : (
          <section className="rounded-2xl border border-dashed border-line bg-surface p-4">
            <h4 className="text-lg font-bold">{t('sourceSays')}</h4>
            <p className="mt-2">{n.other ? t('otherThing', { word: n.other }) : t('noTarget')}</p>
          </section>
        )}
      </div>
      {check.notStated.length ? (
        <section data-testid="not-stated">
          <h4 id={`${headingId}-not-stated`} className="text-lg font-bold">{t('notStatedTitle')}</h4>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {check.notStated.map((s, i) => (
              <li key={i} data-kind={s.kind}>
                <span className="font-semibold">{t(`notStatedKinds.${s.kind}`)}</span>
                {s.note ? <>: <span dir="auto">{s.note}</span></> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {check.alternatives.length ? (
        <p className="text-sm text-muted">
          {t('alternatives')}{' '}
          {check.alternatives.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? localeInfo(locale).comma : ''}
              <Link href={a.observation ? `/figures/${a.slug}#observation-${a.observation}` : '/figures'} className="text-brand underline">{a.label}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
