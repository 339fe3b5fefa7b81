import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { CLAIM_MAX_LENGTH } from '@/lib/claims/record-schema';

/** A plain GET form: it works without JavaScript, and the address it leads to is the result's permanent link. */
export async function CheckForm({ locale, claim, error }: { locale: Locale; claim: string; error: string | null }) {
  const t = await getTranslations('Check');
  return (
    <form action={`/${locale}/check`} method="get" className="max-w-3xl space-y-2" data-testid="check-form">
      <label htmlFor="claim" className="block font-semibold">{t('label')}</label>
      <p id="claim-hint" className="text-sm text-muted">{t('hint', { max: CLAIM_MAX_LENGTH })}</p>
      <textarea
        id="claim"
        name="claim"
        rows={3}
        required
        maxLength={CLAIM_MAX_LENGTH}
        defaultValue={claim}
        dir="auto"
        aria-describedby={error ? 'claim-hint claim-error' : 'claim-hint'}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-xl border border-line bg-surface px-4 py-3 text-lg leading-relaxed text-ink"
      />
      {error ? (
        <p id="claim-error" role="alert" className="font-semibold text-ink" data-testid="check-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <button type="submit" className="rounded-xl bg-brand px-6 py-2 font-semibold text-brand-ink">{t('submit')}</button>
    </form>
  );
}
