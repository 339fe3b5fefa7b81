'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { columnsOf } from '@/lib/records/field';
import { initiativeFields } from '@/lib/records/initiative';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, TextArea, type Choice } from './Fields';
import { RecordFields } from './RecordFields';
import { SlugField } from './SlugField';

const names = [...columnsOf(initiativeFields).map((c) => c.name), 'slug', 'reason'];

/** An initiative's page: its name and story in each language, what it is, since when, and the words of its source. */
export function InitiativeForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  choices: Record<string, Choice[]>;
  /** A new initiative: its slug is typed (suggested from the English name). */
  isNew?: boolean;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const labels = Object.fromEntries(names.map((n) => [n, f(n as never)]));
  return (
    <DraftForm kind={props.isNew ? 'newInitiative' : 'initiative'} action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels} slugField={props.isNew}>
      <RecordFields kind="initiative" choices={props.choices}
        after={props.isNew ? { text: <SlugField name="slug" label={f('slug')} hint={t('slugHint')} from={['nameEn', 'nameAr']} /> } : {}} />
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
