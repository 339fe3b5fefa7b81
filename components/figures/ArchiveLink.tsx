import { getTranslations } from 'next-intl/server';
import type { SourceArchiveRef } from '@/lib/data/types';
import { formatBytes } from '@/lib/format';
import { type Locale, localeInfo, directionOf } from '@/lib/i18n/locales';
import { Num } from '@/components/ui/Num';

/** The portal's own copy of a source: a link that names the file, its size and the start of its SHA-256. */
export async function ArchiveLink({ archive, locale }: { archive: SourceArchiveRef; locale: Locale }) {
  const t = await getTranslations('Source');
  const sep = localeInfo(locale).comma;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2" data-testid="archive-link">
      <a href={archive.path} type={archive.mediaType} className="text-brand underline">
        {t('archiveLink')}
      </a>
      <span className="text-xs text-muted" dir={directionOf(locale)}>
        (<bdi dir="ltr">{archive.fileName}</bdi>{sep}<Num locale={locale} format={(d) => formatBytes(archive.byteSize, locale, d)} />{sep}
        <bdi dir="ltr" className="font-mono">SHA-256 {archive.sha256.slice(0, 12)}</bdi>)
      </span>
    </span>
  );
}
