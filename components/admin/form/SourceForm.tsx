'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { DraftForm, type DraftMetaProps } from './DraftForm';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';

export interface SourceFormOptions {
  languages: Choice[];
  precisions: Choice[];
}

const names = ['publisherAr', 'publisherEn', 'titleAr', 'titleEn', 'originAr', 'originEn', 'language', 'publishedOn', 'publishedPrecision', 'url', 'accessedOn', 'quote', 'quoteTranslation', 'reason'] as const;

export function SourceForm(props: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  initial: Record<string, unknown>;
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  options: SourceFormOptions;
}) {
  const f = useTranslations('Fields');
  const t = useTranslations('Forms');
  const { options: o } = props;
  const labels = Object.fromEntries(names.map((n) => [n, f(n)]));
  return (
    <DraftForm kind="source" action={props.action} initial={props.initial} base={props.base} meta={props.meta} labels={labels}>
      <FieldGroup legend={t('sections.text')}>
        <TextField name="titleAr" label={f('titleAr')} lang="ar" />
        <TextField name="titleEn" label={f('titleEn')} lang="en" />
        <TextField name="publisherAr" label={f('publisherAr')} lang="ar" />
        <TextField name="publisherEn" label={f('publisherEn')} lang="en" />
        <TextField name="originAr" label={f('originAr')} lang="ar" optional />
        <TextField name="originEn" label={f('originEn')} lang="en" optional />
      </FieldGroup>
      <FieldGroup legend={t('sections.details')}>
        <SelectField name="language" label={f('language')} options={o.languages} />
        <TextField name="url" type="url" label={f('url')} hint={t('urlHint')} optional />
        <TextField name="publishedOn" type="date" label={f('publishedOn')} hint={t('dateHint')} optional />
        <SelectField name="publishedPrecision" label={f('publishedPrecision')} options={o.precisions} />
        <TextField name="accessedOn" type="date" label={f('accessedOn')} hint={t('dateHint')} optional />
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
