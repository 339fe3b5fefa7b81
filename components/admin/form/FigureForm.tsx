'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';
import { NotStatedField } from './NotStatedField';

export interface FigureFormOptions {
  units: Choice[];
  measures: Choice[];
  scopes: Choice[];
  governorates: Choice[];
}

const names = ['labelAr', 'labelEn', 'definitionAr', 'definitionEn', 'unit', 'measure', 'scope', 'governorateCode', 'notStated', 'reason'] as const;
// The error summary names a row's field as sent (`notStated.<i>.kind`, two-digit indexes).
const rowIndexes = [...Array(100).keys()];

/** What a figure means; its values are observations, each changed on its own form with its own source. */
export function FigureForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: FigureFormOptions;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const ns = useTranslations('NotStated.form');
  const { options: o } = props;
  const rowLabels = rowIndexes.flatMap((i) => (['kind', 'noteAr', 'noteEn'] as const).map((field) => [`notStated.${i}.${field}`, `${f('notStated')}: ${ns(field)}`]));
  const labels = { ...Object.fromEntries(rowLabels), ...Object.fromEntries(names.map((n) => [n, f(n)])) };
  return (
    <DraftForm kind="figure" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <FieldGroup legend={t('sections.text')}>
        <TextField name="labelAr" label={f('labelAr')} lang="ar" />
        <TextField name="labelEn" label={f('labelEn')} lang="en" />
        <TextArea name="definitionAr" label={f('definitionAr')} lang="ar" />
        <TextArea name="definitionEn" label={f('definitionEn')} lang="en" />
      </FieldGroup>
      <FieldGroup legend={t('sections.meaning')}>
        <SelectField name="unit" label={f('unit')} options={o.units} />
        <SelectField name="measure" label={f('measure')} options={o.measures} />
        <SelectField name="scope" label={f('scope')} options={o.scopes} />
        <SelectField name="governorateCode" label={f('governorateCode')} options={o.governorates} placeholder optional />
      </FieldGroup>
      <NotStatedField />
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
