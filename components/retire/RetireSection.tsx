import { getTranslations } from 'next-intl/server';
import { retireRecordAction } from '@/app/[locale]/admin/(staff)/retire/actions';
import { getRetirementState } from '@/lib/data/changes/retire';
import { retirementOf } from '@/lib/data/retired';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { RetirableType } from '@/lib/validation/retire';
import { Num } from '@/components/ui/Num';
import { RetireForm } from './RetireForm';

/** At the top of a retired record's staff page: when and why, and that it takes no further changes. */
export async function RetiredStaffNotice({ entityType, slug, locale }: { entityType: RetirableType; slug: string; locale: Locale }) {
  const [t, state] = await Promise.all([getTranslations('Retire'), getRetirementState(entityType, slug)]);
  const retired = state && retirementOf(state, locale);
  if (!retired) return null;
  return (
    <section role="note" aria-labelledby="retired-heading" className="mb-6 rounded-2xl border-2 border-calc bg-calc-soft/60 p-4" data-testid="retired-staff">
      <h2 id="retired-heading" className="text-lg font-bold">{t('retiredTitle')}</h2>
      <p>{t.rich('retiredBody', { date: () => <Num locale={locale} format={(d) => formatDate(retired.at, locale, 'day', d)} />, reason: retired.reason })}</p>
    </section>
  );
}

/** At the end of a current record's staff page, folded away: the proposal to retire it (nothing once it is retired). */
export async function RetireSection({ entityType, slug, locale }: { entityType: RetirableType; slug: string; locale: Locale }) {
  const [t, state] = await Promise.all([getTranslations('Retire'), getRetirementState(entityType, slug)]);
  if (state) return null;
  return (
    <section aria-labelledby="retire-heading" className="mt-10 rounded-2xl border border-line bg-surface p-4" data-testid="retire-section">
      <h2 id="retire-heading" className="text-xl font-bold">{t('title')}</h2>
      <p className="mt-1 max-w-3xl text-muted">{t('lead')}</p>
      <details className="mt-3">
        <summary className="inline-block cursor-pointer rounded-full border border-line px-5 py-2 font-semibold">{t('open')}</summary>
        <RetireForm action={retireRecordAction} entityType={entityType} slug={slug} />
      </details>
    </section>
  );
}
