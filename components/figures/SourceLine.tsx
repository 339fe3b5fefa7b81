import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/data/types';
import { Num } from '@/components/ui/Num';

type T = Awaited<ReturnType<typeof getTranslations<'Source'>>>;

/** "Whose study, as reported by whom" in the reader's language; just the publisher when there is no study. */
export function sourceAttribution(source: { origin: string | null; publisher: string }, t: T): string {
  return source.origin ? t('attribution', { origin: source.origin, publisher: source.publisher }) : source.publisher;
}

/** One line naming who said it, where, and when. */
export async function SourceLine({ source, locale }: { source: SourceRef; locale: Locale }) {
  const t = await getTranslations('Source');
  const published = source.publishedOn;
  return (
    <p className="text-sm text-muted">
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
