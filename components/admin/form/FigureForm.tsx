'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';

export interface FigureFormOptions {
  units: Choice[];
  measures: Choice[];
  precisions: Choice[];
  scopes: Choice[];
  governorates: Choice[];
  sources: Choice[];
}

const names = ['labelAr', 'labelEn', 'definitionAr', 'definitionEn', 'value', 'unit', 'measure', 'asOf', 'asOfPrecision', 'scope', 'governorateCode', 'sourceSlug', 'quote', 'quoteTranslation', 'reason'] as const;

/** Every field of a figure, Arabic fields right to left and English ones left to right. */
export function FigureForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: FigureFormOptions;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const { options: o } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n)]));
  return (
    <DraftForm kind="figure" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <FieldGroup legend={t('sections.value')}>
        <TextField name="value" label={f('value')} hint={t('valueHint')} lang="en" inputMode="decimal" />
        <SelectField name="unit" label={f('unit')} options={o.units} />
        <SelectField name="measure" label={f('measure')} options={o.measures} />
        <TextField name="asOf" type="date" label={f('asOf')} hint={t('dateHint')} />
        <SelectField name="asOfPrecision" label={f('asOfPrecision')} options={o.precisions} />
        <SelectField name="scope" label={f('scope')} options={o.scopes} />
        <SelectField name="governorateCode" label={f('governorateCode')} options={o.governorates} placeholder optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.text')}>
        <TextField name="labelAr" label={f('labelAr')} lang="ar" />
        <TextField name="labelEn" label={f('labelEn')} lang="en" />
        <TextArea name="definitionAr" label={f('definitionAr')} lang="ar" />
        <TextArea name="definitionEn" label={f('definitionEn')} lang="en" />
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
