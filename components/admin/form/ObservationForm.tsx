'use client';

import NextLink from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { DateField } from './DateField';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { ValueReading } from './ValueReading';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';

export interface ObservationFormOptions {
  precisions: Choice[];
  sources: Choice[];
}
/** A correction keeps the observation (same source and date, a mistake in what was recorded); new data adds one. */
export type ObservationMode = 'correct' | 'add';

const names = ['value', 'asOf', 'asOfPrecision', 'periodStart', 'sourceSlug', 'quote', 'quoteTranslation', 'locator', 'valueNote', 'reason'] as const;

/** One value of a figure as one source states it; the quote must state the value, or a public note says where it comes from. */
export function ObservationForm(props: {
  mode: ObservationMode;
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: ObservationFormOptions;
  /** The figure's unit, so the typed value is shown as the public pages will write it. */
  unit: string | null;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const o = useTranslations('ObservationForm');
  const locale = useLocale();
  const { options: opts, mode } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n)]));
  return (
    <DraftForm kind="observation" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <p className="rounded-2xl border border-brand bg-surface p-4" data-testid="observation-mode">
        <strong>{mode === 'correct' ? o('correctTitle') : o('addTitle')}</strong> {mode === 'correct' ? o('correctExplain') : o('addExplain')}
      </p>
      <FieldGroup legend={t('sections.value')}>
        <ValueReading name="value" unit={props.unit}>
          <TextField name="value" label={f('value')} hint={t('valueHint')} lang="en" inputMode="decimal" />
        </ValueReading>
        <DateField name="asOf" label={f('asOf')} hint={o('asOfHint')} />
        <SelectField name="asOfPrecision" label={f('asOfPrecision')} options={opts.precisions} placeholder />
        <DateField name="periodStart" label={f('periodStart')} hint={o('periodStartHint')} optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.source')}>
        <div className="sm:col-span-2">
          <SelectField name="sourceSlug" label={f('sourceSlug')} hint={mode === 'add' ? o('sourceHintAdd') : o('sourceHintCorrect')} options={opts.sources} placeholder />
          <p className="mt-1 text-sm">
            <NextLink href={`/${locale}/admin/sources/new`} target="_blank" rel="noopener" className="text-brand underline">{o('newSource')}</NextLink> <span className="text-muted">{o('newSourceNote')}</span>
          </p>
        </div>
        <TextArea name="quote" label={f('quote')} hint={o('quoteHint')} rows={4} className="sm:col-span-2" />
        <TextArea name="quoteTranslation" label={f('quoteTranslation')} lang="en" optional rows={3} className="sm:col-span-2" />
        <TextField name="locator" label={f('locator')} hint={o('locatorHint')} optional className="sm:col-span-2" />
        <TextArea name="valueNote" label={f('valueNote')} hint={o('valueNoteHint')} optional rows={2} className="sm:col-span-2" />
      </FieldGroup>
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={mode === 'correct' ? o('reasonHintCorrect') : o('reasonHintAdd')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
