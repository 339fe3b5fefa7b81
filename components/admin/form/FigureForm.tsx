'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { columnsOf } from '@/lib/records/field';
import { figureFields } from '@/lib/records/figure';
import { observationFields } from '@/lib/records/observation';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, type Choice } from './Fields';
import { NotStatedField } from './NotStatedField';
import { RecordFields } from './RecordFields';
import { SlugField } from './SlugField';
import { ValueReading } from './ValueReading';

const names = [...columnsOf(figureFields), ...columnsOf(observationFields)].map((c) => c.name).concat('slug', 'initiativeSlug', 'reason');
// The error summary names a row's field as sent (`notStated.<i>.kind`, two-digit indexes).
const rowIndexes = [...Array(100).keys()];

/**
 * What a figure means; its values are observations, each changed on its own form with its own source. A new figure
 * is published with its first value, so no figure is ever shown without a sourced number.
 */
export function FigureForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  choices: Record<string, Choice[]>;
  /** A new figure: its slug, its initiative and its first observation are on the same form. */
  isNew?: boolean;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const o = useTranslations('ObservationForm');
  const ns = useTranslations('NotStated.form');
  const rowLabels = rowIndexes.flatMap((i) => (['kind', 'noteAr', 'noteEn'] as const).map((field) => [`notStated.${i}.${field}`, `${f('notStated')}: ${ns(field)}`]));
  const labels = { ...Object.fromEntries(rowLabels), ...Object.fromEntries(names.map((n) => [n, f(n as never)])) };
  const unit = typeof props.initial.unit === 'string' ? props.initial.unit : null;
  return (
    <DraftForm kind={props.isNew ? 'newFigure' : 'figure'} action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels} slugField={props.isNew}>
      <RecordFields kind="figure" choices={props.choices} custom={{ notStated: <NotStatedField /> }}
        after={props.isNew ? {
          text: (
            <>
              <SlugField name="slug" label={f('slug')} hint={t('slugHint')} from={['labelEn', 'labelAr']} />
              <SelectField name="initiativeSlug" label={f('initiativeSlug')} options={props.choices.initiativeSlug ?? []} placeholder optional className="sm:col-span-2" />
            </>
          ),
        } : {}} />
      {props.isNew ? (
        <>
          <p className="rounded-2xl border border-brand bg-surface p-4">{o('firstValueExplain')}</p>
          <RecordFields kind="observation" choices={props.choices} wrap={{ value: (control) => <ValueReading name="value" unit={unit}>{control}</ValueReading> }} />
        </>
      ) : null}
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
