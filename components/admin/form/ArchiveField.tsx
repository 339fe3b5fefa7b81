'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatBytes, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { ARCHIVE_MAX_BYTES } from '@/lib/records/source';
import { FileField } from './Fields';
import { useDigits } from '../useDigits';
import { useFormContext } from './FormContext';

export interface ArchiveFacts {
  sha256: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

const accept = '.pdf,.html,.htm,.png,.jpg,.jpeg,.webp,application/pdf,text/html,image/png,image/jpeg,image/webp';

/** The archived copy kept now (name, size, SHA-256), and a picker to upload another; the digest travels with the draft. */
export function ArchiveField({ current }: { current: ArchiveFacts | null }) {
  const t = useTranslations('SourceForm');
  const f = useTranslations('Fields');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const sha = useFormContext().values.archiveSha256;
  return (
    <div className="space-y-3 sm:col-span-2">
      <input type="hidden" name="archiveSha256" value={typeof sha === 'string' ? sha : ''} />
      {current ? (
        <dl className="grid gap-x-4 gap-y-1 rounded-xl border border-line bg-paper p-3 text-sm sm:grid-cols-[max-content_1fr]" data-testid="current-archive">
          <dt className="font-semibold">{t('archiveName')}</dt>
          <dd dir="auto"><bdi>{current.fileName}</bdi> · {current.mediaType}</dd>
          <dt className="font-semibold">{t('archiveSize')}</dt>
          <dd>
            {current.byteSize >= 1024 ? `${formatBytes(current.byteSize, locale, digits)} (` : null}
            {formatNumber(current.byteSize, locale, digits)} {t('bytes')}
            {current.byteSize >= 1024 ? ')' : null}
          </dd>
          <dt className="font-semibold">{t('archiveHash')}</dt>
          <dd dir="ltr" className="break-all font-mono text-xs">{current.sha256}</dd>
        </dl>
      ) : (
        <p className="text-sm text-muted">{sha ? t('archivePending') : t('noArchive')}</p>
      )}
      <FileField name="archive" label={current ? t('replaceArchive') : f('archive')} hint={t('archiveHint', { max: formatNumber(ARCHIVE_MAX_BYTES / 1024 / 1024, locale, digits) })} optional accept={accept} />
    </div>
  );
}
