'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { ArchiveField, type ArchiveFacts } from './ArchiveField';
import { DateField } from './DateField';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';
import { SlugField } from './SlugField';

export interface SourceFormOptions {
  kinds: Choice[];
  languages: Choice[];
  precisions: Choice[];
}

const names = [
  'slug', 'kind', 'titleAr', 'titleEn', 'workTitleAr', 'workTitleEn', 'authorAr', 'authorEn', 'publisherAr', 'publisherEn', 'originAr', 'originEn',
  'language', 'publishedOn', 'publishedPrecision', 'url', 'accessedOn', 'archive', 'quote', 'quoteTranslation', 'reason',
] as const;

/** A source worth citing: what kind of work, its own title and author apart from the headline, and the copy the portal keeps. */
export function SourceForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: SourceFormOptions;
  archive: ArchiveFacts | null;
  /** A new source: its slug is typed (suggested from the English title). */
  isNew?: boolean;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const s = useTranslations('SourceForm');
  const { options: o } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n)]));
  return (
    <DraftForm kind={props.isNew ? 'newSource' : 'source'} action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels} slugField={props.isNew}>
      <FieldGroup legend={t('sections.text')}>
        <SelectField name="kind" label={f('kind')} options={o.kinds} className="sm:col-span-2" />
        <TextField name="titleAr" label={f('titleAr')} hint={s('titleHint')} lang="ar" />
        <TextField name="titleEn" label={f('titleEn')} lang="en" />
        {props.isNew ? <SlugField name="slug" label={f('slug')} hint={s('slugHint')} from="titleEn" /> : null}
        <TextField name="workTitleAr" label={f('workTitleAr')} hint={s('workTitleHint')} lang="ar" optional />
        <TextField name="workTitleEn" label={f('workTitleEn')} lang="en" optional />
        <TextField name="authorAr" label={f('authorAr')} hint={s('authorHint')} lang="ar" optional />
        <TextField name="authorEn" label={f('authorEn')} lang="en" optional />
        <TextField name="publisherAr" label={f('publisherAr')} lang="ar" />
        <TextField name="publisherEn" label={f('publisherEn')} lang="en" />
        <TextField name="originAr" label={f('originAr')} lang="ar" optional />
        <TextField name="originEn" label={f('originEn')} lang="en" optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.details')}>
        <SelectField name="language" label={f('language')} options={o.languages} />
        <TextField name="url" type="url" label={f('url')} hint={t('urlHint')} optional />
        <DateField name="publishedOn" label={f('publishedOn')} hint={t('dateHint')} optional />
        <SelectField name="publishedPrecision" label={f('publishedPrecision')} options={o.precisions} />
        <DateField name="accessedOn" label={f('accessedOn')} hint={t('dateHint')} optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.archive')}>
        <ArchiveField current={props.archive} />
      </FieldGroup>
      <FieldGroup legend={t('sections.source')}>
        <TextArea name="quote" label={f('quote')} hint={t('quoteHint')} rows={6} className="sm:col-span-2" />
        <TextArea name="quoteTranslation" label={f('quoteTranslation')} lang="en" optional rows={4} className="sm:col-span-2" />
      </FieldGroup>
      <FieldGroup legend={t('sections.reason')}>
        <TextArea name="reason" label={f('reason')} hint={t('reasonHint')} rows={3} className="sm:col-span-2" />
      </FieldGroup>
    </DraftForm>
  );
}
