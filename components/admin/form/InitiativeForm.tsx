'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { DateField } from './DateField';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';

export interface InitiativeFormOptions {
  kinds: Choice[];
  statuses: Choice[];
  precisions: Choice[];
  sources: Choice[];
}

const names = ['nameAr', 'nameEn', 'summaryAr', 'summaryEn', 'bodyAr', 'bodyEn', 'kind', 'status', 'startDate', 'startPrecision', 'sourceSlug', 'quote', 'quoteTranslation', 'reason'] as const;

export function InitiativeForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: InitiativeFormOptions;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const { options: o } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n)]));
  return (
    <DraftForm kind="initiative" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <FieldGroup legend={t('sections.text')}>
        <TextField name="nameAr" label={f('nameAr')} lang="ar" />
        <TextField name="nameEn" label={f('nameEn')} lang="en" />
        <TextArea name="summaryAr" label={f('summaryAr')} lang="ar" />
        <TextArea name="summaryEn" label={f('summaryEn')} lang="en" />
        <TextArea name="bodyAr" label={f('bodyAr')} hint={t('markdownHint')} lang="ar" rows={10} className="sm:col-span-2" />
        <TextArea name="bodyEn" label={f('bodyEn')} hint={t('markdownHint')} lang="en" rows={10} className="sm:col-span-2" />
      </FieldGroup>
      <FieldGroup legend={t('sections.details')}>
        <SelectField name="kind" label={f('kind')} options={o.kinds} />
        <SelectField name="status" label={f('status')} options={o.statuses} />
        <DateField name="startDate" label={f('startDate')} hint={t('dateHint')} optional />
        <SelectField name="startPrecision" label={f('startPrecision')} options={o.precisions} placeholder optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.source')}>
        <SelectField name="sourceSlug" label={f('sourceSlug')} options={o.sources} className="sm:col-span-2" />
        <TextArea name="quote" label={f('quote')} hint={t('quoteHint')} rows={4} className="sm:col-span-2" />
        <TextArea name="quoteTranslation" label={f('quoteTranslation')} lang="en" optional rows={3} className="sm:col-span-2" />
      </FieldGroup>
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
