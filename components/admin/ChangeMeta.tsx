import { getTranslations } from 'next-intl/server';
import type { ChangeDetail } from '@/lib/data/changes/queries';
import { formatDate } from '@/lib/format';
import { type Locale, localeInfo } from '@/lib/i18n/locales';
import { Num } from '@/components/ui/Num';

/** Who wrote and reviewed a change, when, and why. */
export async function ChangeMeta({ change, locale }: { change: ChangeDetail; locale: Locale }) {
  const t = await getTranslations('Changes');
  const when = (d: Date | null) => (d ? <Num locale={locale} format={(digits) => formatDate(d, locale, 'day', digits)} /> : '—');
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-2xl border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t('reason')}</dt>
      <dd dir="auto" className="whitespace-pre-wrap" data-testid="change-reason">{change.reason}</dd>
      <dt className="font-semibold">{t('author')}</dt>
      <dd><bdi dir="ltr">{change.authorEmail}</bdi> · {when(change.createdAt)}</dd>
      {change.contributors.length > 1 ? (
        <>
          <dt className="font-semibold">{t('contributors')}</dt>
          <dd data-testid="change-contributors">{change.contributors.slice(1).map((c, i) => <span key={c.id}>{i ? localeInfo(locale).comma : ''}<bdi>{c.email}</bdi></span>)}</dd>
        </>
      ) : null}
      {change.reviewerEmail ? (
        <>
          <dt className="font-semibold">{t('reviewer')}</dt>
          <dd><bdi dir="ltr">{change.reviewerEmail}</bdi> · {when(change.decidedAt)}</dd>
        </>
      ) : null}
      {change.reviewNote ? (
        <>
          <dt className="font-semibold">{t('reviewNote')}</dt>
          <dd dir="auto" className="whitespace-pre-wrap">{change.reviewNote}</dd>
        </>
      ) : null}
    </dl>
  );
}
