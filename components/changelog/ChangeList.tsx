import { getTranslations } from 'next-intl/server';
import type { ChangelogRecord, FigureRecord } from '@/lib/api/schemas';
import { describeChanges } from '@/lib/changelog-text';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { changeWords } from './change-words';

/** Published changes: what changed, from → to, when and why, each linking to the version it produced. */
export async function ChangeList({ entries, figures, locale }: { entries: ChangelogRecord[]; figures: Map<string, FigureRecord>; locale: Locale }) {
  const [t, words] = await Promise.all([getTranslations('Changelog'), changeWords(locale)]);
  if (entries.length === 0) return <p className="text-muted">{t('empty')}</p>;
  const arrow = locale === 'ar' ? ' ← ' : ' → ';
  return (
    <ol className="space-y-3">
      {entries.map((e) => {
        const figure = e.entityType === 'figure' ? figures.get(e.entitySlug) : undefined;
        const published = new Date(e.publishedAt);
        const lines = describeChanges(e, figure?.unit ?? '', locale, words);
        return (
          <li key={e.id} className="rounded-xl border border-line bg-surface p-4" data-change={`${e.entitySlug}-v${e.version ?? 0}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {figure && e.version ? (
                  <Link href={`/figures/${e.entitySlug}/v/${e.version}`} className="text-brand underline">
                    {figure.label[locale]} · {t('version', { n: e.version })}
                  </Link>
                ) : (
                  e.entitySlug
                )}
              </p>
              <time dateTime={e.publishedAt} className="text-sm text-muted">
                <Num locale={locale} format={(d) => formatDate(published, locale, 'day', d)} />
              </time>
            </div>
            <ul className="mt-2 space-y-1 text-sm">
              {lines.map((c) => (
                <li key={c.label}>
                  <span className="text-muted">{c.label}:</span>{' '}
                  {c.from === null ? `${t('firstPublished')} ` : <><Num locale={locale} format={c.from} />{arrow}</>}
                  <span className="font-semibold">{c.to ? <Num locale={locale} format={c.to} /> : '—'}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm"><span className="text-muted">{t('reason')}</span> <span dir="auto">{e.reason}</span></p>
          </li>
        );
      })}
    </ol>
  );
}
