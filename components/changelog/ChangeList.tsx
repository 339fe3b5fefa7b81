import { getTranslations } from 'next-intl/server';
import { describeEntry, subjectOf, type ChangeEntry, type ChangeLine } from '@/lib/changelog-text';
import type { FigureView } from '@/lib/data/types';
import { formatDate } from '@/lib/format';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { changeWords } from './change-words';
import { DiffText } from './DiffText';
import { tap } from '@/components/ui/tap';

export type PublishedChange = ChangeEntry & { id: number; reason: string; publishedAt: string };

/** Text long enough to wrap: shown as before and after lines instead of one "from → to" line. */
const isLong = (c: ChangeLine) => (c.from?.('latn').length ?? 0) + (c.to?.('latn').length ?? 0) > 60;

interface LineWords {
  added: string;
  removed: string;
  firstPublished: string;
  otherLanguage: (language: Locale) => string;
}

/** One changed field: a word-level comparison for text, before → after for short values, a pointer for another language. */
function Line({ c, entryId, locale, words }: { c: ChangeLine; entryId: number; locale: Locale; words: LineWords }) {
  const { arrow } = localeInfo(locale);
  return (
    <li data-field={c.field}>
      <span className="text-muted">{c.label}:</span>{' '}
      {c.otherLanguage ? (
        // The text is in another language; its own changelog shows the words that changed.
        <a href={`/${c.otherLanguage}/changelog#change-${entryId}`} hrefLang={c.otherLanguage} className="text-brand underline">{words.otherLanguage(c.otherLanguage)}</a>
      ) : c.diff ? (
        <DiffText parts={c.diff} words={words} />
      ) : isLong(c) ? (
        // A sentence or more, possibly in the other script: before and after each on its own line.
        <>
          {/* Plain text, not <bdi>: dir="auto" looks past a bdi, so the line would not take its text's direction. */}
          {c.from === null ? <span className="block">{words.firstPublished}</span> : <span dir="auto" className="block ps-4 text-muted line-through decoration-1"><span className="sr-only">{`${words.removed} `}</span>{c.from('latn')}</span>}
          <span dir="auto" className="block whitespace-pre-line ps-4 font-semibold">{c.to ? c.to('latn') : '—'}</span>
        </>
      ) : (
        <>
          {c.from === null ? `${words.firstPublished} ` : <><Num locale={locale} format={c.from} />{arrow}</>}
          <span className="font-semibold">{c.to ? <Num locale={locale} format={c.to} /> : '—'}</span>
        </>
      )}
    </li>
  );
}

/** Published changes: the record by name linked to its page, what changed in words, when and why. */
export async function ChangeList({ entries, figures, locale }: { entries: PublishedChange[]; figures: Map<string, FigureView>; locale: Locale }) {
  const [t, words] = await Promise.all([getTranslations({ locale, namespace: 'Changelog' }), changeWords(locale)]);
  if (entries.length === 0) return <p className="text-muted">{t('empty')}</p>;
  const lineWords: LineWords = { added: words.added, removed: words.removed, firstPublished: t('firstPublished'), otherLanguage: words.otherLanguage };
  return (
    <ol className="space-y-3">
      {entries.map((e) => {
        const figure = e.entityType === 'figure' || e.entityType === 'breakdown' ? figures.get(e.entitySlug) : undefined;
        const observation = e.observationNumber ? figure?.observations.find((o) => o.number === e.observationNumber) : undefined;
        const published = new Date(e.publishedAt);
        const { headline, lines } = describeEntry(e, { unit: figure?.unit ?? '', precision: observation?.asOfPrecision }, locale, words);
        const subject = subjectOf(e, words.names, words);
        return (
          <li key={e.id} id={`change-${e.id}`} className="rounded-xl border border-line bg-surface p-4" data-change={`${e.entitySlug}-v${e.version ?? 0}`} data-action={e.action ?? 'update'} data-kind={e.entityType}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                <Link href={subject.path} locale={locale} className={`${tap} text-brand underline`} data-testid="change-subject">
                  {subject.name}
                  {e.entityType === 'figure' && e.version ? ` · ${t('version', { n: e.version })}` : ''}
                </Link>
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
                    <Link href={`/figures/${e.entitySlug}#observation-${observation.number}`} locale={locale} className="text-sm text-brand underline">
                      {t('seeObservation', { n: observation.number })}
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
            {lines.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm">
                {lines.map((c) => <Line key={c.field} c={c} entryId={e.id} locale={locale} words={lineWords} />)}
              </ul>
            ) : null}
            {/* A retirement's headline already gives its reason, in the reader's language. */}
            {e.action === 'retire' ? null : <p className="mt-2 text-sm"><span className="text-muted">{t('reason')}</span> <span dir="auto">{e.reason}</span></p>}
            {e.publishedAlone ? <p className="mt-2 text-sm font-semibold" data-testid="published-alone">{t('publishedAlone')}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
