'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { columnsOf } from '@/lib/records/field';
import { sourceFields } from '@/lib/records/source';
import { ArchiveField, type ArchiveFacts } from './ArchiveField';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, TextArea, type Choice } from './Fields';
import { RecordFields } from './RecordFields';
import { SlugField } from './SlugField';

const names = [...columnsOf(sourceFields).map((c) => c.name), 'slug', 'archive', 'reason'];

/** A source worth citing: what kind of work, its own title and author apart from the headline, and the copy the portal keeps. */
export function SourceForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  choices: Record<string, Choice[]>;
  archive: ArchiveFacts | null;
  /** A new source: its slug is typed (suggested from the English title). */
  isNew?: boolean;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const s = useTranslations('SourceForm');
  const labels = Object.fromEntries(names.filter((n) => n !== 'archiveSha256').map((n) => [n, f(n as never)]));
  return (
    <DraftForm kind={props.isNew ? 'newSource' : 'source'} action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels} slugField={props.isNew}>
      <RecordFields kind="source" choices={props.choices} custom={{ archiveSha256: <ArchiveField current={props.archive} /> }}
        after={props.isNew ? { text: <SlugField name="slug" label={f('slug')} hint={s('slugHint')} from={['titleEn', 'titleAr']} /> } : {}} />
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
