import { getTranslations } from 'next-intl/server';
import { describeEntry, type ChangeEntry } from '@/lib/changelog-text';
import type { FigureView } from '@/lib/data/types';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { changeWords } from './change-words';
import { tap } from '@/components/ui/tap';

export type PublishedChange = ChangeEntry & { id: number; reason: string; publishedAt: string };

/** Published changes: what kind of change, what changed from → to, when and why, each linking to what it produced. */
/** Text long enough to wrap: shown as before and after lines instead of one "from → to" line. */
const isLong = (c: { from: ((d: 'latn') => string) | null; to: ((d: 'latn') => string) | null }) =>
  (c.from?.('latn').length ?? 0) + (c.to?.('latn').length ?? 0) > 60;

export async function ChangeList({ entries, figures, locale }: { entries: PublishedChange[]; figures: Map<string, FigureView>; locale: Locale }) {
  const [t, words] = await Promise.all([getTranslations('Changelog'), changeWords(locale)]);
  if (entries.length === 0) return <p className="text-muted">{t('empty')}</p>;
  const arrow = locale === 'ar' ? ' ← ' : ' → ';
  return (
    <ol className="space-y-3">
      {entries.map((e) => {
        const figure = e.entityType === 'figure' || e.entityType === 'breakdown' ? figures.get(e.entitySlug) : undefined;
        const observation = e.observationNumber ? figure?.observations.find((o) => o.number === e.observationNumber) : undefined;
        const published = new Date(e.publishedAt);
        const { headline, lines } = describeEntry(e, { unit: figure?.unit ?? '', precision: observation?.asOfPrecision }, locale, words);
        const subject = words.subject(e, figure);
        return (
          <li key={e.id} id={`change-${e.id}`} className="rounded-xl border border-line bg-surface p-4" data-change={`${e.entitySlug}-v${e.version ?? 0}`} data-action={e.action ?? 'update'}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {e.entityType === 'figure' && figure && e.version ? (
                  <Link href={`/figures/${e.entitySlug}/v/${e.version}`} className={`${tap} text-brand underline`}>
                    {subject} · {t('version', { n: e.version })}
                  </Link>
                ) : e.entityType === 'initiative' ? (
                  <Link href={`/initiatives/${e.entitySlug}`} className={`${tap} text-brand underline`}>{subject}</Link>
                ) : (
                  subject
                )}
              </p>
              <time dateTime={e.publishedAt} className="text-sm text-muted">
                <Num locale={locale} format={(d) => formatDate(published, locale, 'day', d)} />
              </time>
            </div>
            {headline ? (
              <p className="mt-2" data-testid="change-headline">
                <Num locale={locale} format={headline} />
                {observation ? (
                  <>
                    {' '}
                    <Link href={`/figures/${e.entitySlug}#observation-${observation.number}`} className="text-sm text-brand underline">
                      {t('seeObservation', { n: observation.number })}
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
            {lines.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm">
                {lines.map((c, i) => (
                  <li key={i}>
                    <span className="text-muted">{c.label}:</span>{' '}
                    {isLong(c) ? (
                      // A sentence or more, possibly in the other script: before and after each on its own line, so a
                      // wrapped line never mixes the two around an arrow.
                      <>
                        {c.from === null ? <span className="block">{t('firstPublished')}</span> : <span dir="auto" className="block ps-4 text-muted line-through decoration-1"><Num locale={locale} format={c.from} /></span>}
                        <span dir="auto" className="block ps-4 font-semibold">{c.to ? <Num locale={locale} format={c.to} /> : '—'}</span>
                      </>
                    ) : (
                      <>
                        {c.from === null ? `${t('firstPublished')} ` : <><Num locale={locale} format={c.from} />{arrow}</>}
                        <span className="font-semibold">{c.to ? <Num locale={locale} format={c.to} /> : '—'}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="mt-2 text-sm"><span className="text-muted">{t('reason')}</span> <span dir="auto">{e.reason}</span></p>
            {e.publishedAlone ? <p className="mt-2 text-sm font-semibold" data-testid="published-alone">{t('publishedAlone')}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
