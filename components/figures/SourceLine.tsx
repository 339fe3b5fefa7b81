import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/data/types';
import { Num } from '@/components/ui/Num';

type T = Awaited<ReturnType<typeof getTranslations<'Source'>>>;
type Attributable = Pick<SourceRef, 'origin' | 'publisher'> & Partial<Pick<SourceRef, 'workTitle' | 'author' | 'title' | 'kind'>>;

/**
 * Who states it: the work's title (its own title, or the title of a report, study or dataset; a news headline is not
 * the work), then whose work it is and who published or reported it.
 */
export function sourceAttribution(source: Attributable, t: T): string {
  const { origin, publisher, author, kind, title } = source;
  const workTitle = source.workTitle ?? (kind && kind !== 'news-report' ? title : null);
  const by = origin
    ? t('attribution', { origin, publisher })
    : author && author !== publisher ? t('authorAndPublisher', { author, publisher }) : publisher;
  return workTitle ? t('workBy', { work: workTitle, by }) : by;
}

/** One line naming who said it, in which work, and when it was published. */
export async function SourceLine({ source, locale }: { source: SourceRef; locale: Locale }) {
  const t = await getTranslations('Source');
  const published = source.publishedOn;
  return (
    <p className="text-sm text-muted" data-testid="source-line">
      <span className="font-semibold">{t('label')}</span> {sourceAttribution(source, t)}
      {published ? (
        <>
          {' ('}
          <Num locale={locale} format={(d) => formatDate(published, locale, source.publishedPrecision, d)} />
          {')'}
        </>
      ) : null}
    </p>
  );
}
