import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import { NEW_RECORD } from '@/lib/data/changes/types';
import { type Locale, pick } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { observationKey } from '@/lib/records/observation';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { formatRecordNumber } from '@/components/admin/record-number';
import { Num } from '@/components/ui/Num';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { ObservationForm } from '@/components/admin/form/ObservationForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveObservationDraftAction } from '../../../actions';

/** `/observations/new` adds a value from a new report; `/observations/<n>` corrects value n as recorded. */
export default async function ObservationPage({ params }: { params: Promise<{ locale: string; slug: string; number: string }> }) {
  const { locale: l, slug, number } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const adding = number === NEW_RECORD;
  if (!adding && !/^[1-9]\d{0,5}$/.test(number)) notFound();
  const key = observationKey(slug, adding ? 'new' : Number(number));
  const [figure, state] = await Promise.all([getRecordState('figure', slug), adding ? null : getRecordState('observation', key)]);
  if (!figure || (!adding && !state)) notFound();
  const [t, r, options] = await Promise.all([getTranslations('ObservationForm'), getTranslations('Records'), recordChoices('observation', locale)]);
  const name = pick(figure.content, 'label', locale);
  return (
    <>
      <AdminHeader
        title={adding ? t('addPageTitle', { name }) : <Num locale={locale} format={(d) => t('correctPageTitle', { name, n: formatRecordNumber(Number(number), locale, d) })} />}
        lead={r('editLead')}
      >
        <p className="mt-2 text-sm"><Link href={`/admin/figures/${slug}`} className="text-brand underline">{t('back', { name })}</Link></p>
      </AdminHeader>
      {adding ? null : <OpenChanges entityType="observation" slug={key} locale={locale} />}
      <ObservationForm
        mode={adding ? 'add' : 'correct'}
        action={saveObservationDraftAction}
        unit={String(figure.content.unit)}
        initial={{ ...(state?.content ?? {}), reason: '' }}
        base={state?.content ?? {}}
        meta={{ slug: key, changeId: null, expectedRevision: null, baseToken: state?.token ?? NEW_RECORD }}
        choices={options}
      />
    </>
  );
}
