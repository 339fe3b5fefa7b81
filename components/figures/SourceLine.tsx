import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/data/types';
import { Num } from '@/components/ui/Num';

/** One line naming who said it, where, and when. */
export async function SourceLine({ source, locale }: { source: SourceRef; locale: Locale }) {
  const t = await getTranslations('Source');
  const published = source.publishedOn;
  return (
    <p className="text-sm text-muted">
      <span className="font-semibold">{t('label')}</span> {source.origin ? `${source.origin}، ${t('reportedBy')} ` : ''}
      {source.publisher}
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
