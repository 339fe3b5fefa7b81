'use client';

import NextLink from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { columnsOf } from '@/lib/records/field';
import { observationFields } from '@/lib/records/observation';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { ValueReading } from './ValueReading';
import { FieldGroup, TextArea, type Choice } from './Fields';
import { RecordFields } from './RecordFields';

/** A correction keeps the observation (same source and date, a mistake in what was recorded); new data adds one. */
export type ObservationMode = 'correct' | 'add';

const names = [...columnsOf(observationFields).map((c) => c.name), 'reason'];

/** One value of a figure as one source states it; the quote must state the value, or a public note says where it comes from. */
export function ObservationForm(props: {
  mode: ObservationMode;
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  choices: Record<string, Choice[]>;
  /** The figure's unit, so the typed value is shown as the public pages will write it. */
  unit: string | null;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const o = useTranslations('ObservationForm');
  const locale = useLocale();
  const { mode } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n as never)]));
  return (
    <DraftForm kind="observation" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <p className="rounded-2xl border border-brand bg-surface p-4" data-testid="observation-mode">
        <strong>{mode === 'correct' ? o('correctTitle') : o('addTitle')}</strong> {mode === 'correct' ? o('correctExplain') : o('addExplain')}
      </p>
      <RecordFields kind="observation" choices={props.choices}
        hints={{ sourceSlug: mode === 'add' ? o('sourceHintAdd') : o('sourceHintCorrect') }}
        wrap={{
          value: (control) => <ValueReading name="value" unit={props.unit}>{control}</ValueReading>,
          sourceSlug: (control) => (
            <div className="sm:col-span-2">
              {control}
              <p className="mt-1 text-sm">
                <NextLink href={`/${locale}/admin/sources/new`} target="_blank" rel="noopener" className="text-brand underline">{o('newSource')}</NextLink> <span className="text-muted">{o('newSourceNote')}</span>
              </p>
            </div>
          ),
        }} />
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={mode === 'correct' ? o('reasonHintCorrect') : o('reasonHintAdd')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
