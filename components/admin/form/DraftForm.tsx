'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { mergeDateParts } from '@/lib/validation/date-parts';
import { formValues } from '@/lib/validation/form-data';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/errors';
import { ARCHIVE_MAX_BYTES } from '@/lib/records/source';
import { ActionMessage } from './ActionMessage';
import { ConflictPanel } from './ConflictPanel';
import { ErrorSummary } from './ErrorSummary';
import { FormProvider } from './FormContext';
import { draftSchemas, type DraftKind } from './schemas';

export interface DraftMetaProps {
  slug: string | null;
  changeId: number | null;
  expectedRevision: number | null;
  baseToken: string | null;
}

interface Props {
  kind: DraftKind;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** What the fields start with: the published record, or the draft being edited (with its reason). */
  initial: Record<string, unknown>;
  /** The published record the change starts from, to show what others changed since. */
  base: Record<string, unknown>;
  meta: DraftMetaProps;
  labels: Record<string, string>;
  /** The form has its own visible slug field (a new record), so no hidden one. */
  slugField?: boolean;
  children: ReactNode;
}

/**
 * A staff draft form: checked in the browser with the server's own schema, sent without a page reload,
 * and, when someone else saved first, refused with a side-by-side view until the person confirms.
 */
export function DraftForm({ kind, action, initial, base, meta, labels, slugField, children }: Props) {
  const t = useTranslations('Forms');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [typed, setTyped] = useState<Record<string, unknown>>(initial);
  const [confirmed, setConfirmed] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? (state.status === 'invalid' ? state.fieldErrors : {});
  const conflict = state.status === 'conflict' ? state.conflict : null;

  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => setConfirmed(false), [conflict]);
  // The panel appears above the fields, often off-screen from the button pressed: bring it into view and focus its heading.
  useEffect(() => {
    if (!conflict) return;
    const heading = document.getElementById('conflict-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [conflict]);

  const tokens = {
    baseToken: conflict?.kind === 'record' && confirmed ? conflict.token : meta.baseToken,
    expectedRevision: conflict?.kind === 'draft' && confirmed ? conflict.token : meta.expectedRevision,
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Dates are typed as day, month and year: joined here as the server joins them, before the same schema checks them.
    const data = mergeDateParts(new FormData(event.currentTarget));
    const { schema, nullable, formatKeys } = draftSchemas[kind];
    const values = formValues(data, nullable);
    setTyped(values);
    const parsed = schema.safeParse(values);
    const problems = parsed.success ? {} : toFieldErrors(parsed.error, formatKeys);
    // Said before sending: a file over the limit would otherwise be cut off by the server's request size limit.
    const file = data.get('archive');
    if (file instanceof File && file.size > ARCHIVE_MAX_BYTES) problems.archive = { key: 'archiveTooLarge', values: { max: ARCHIVE_MAX_BYTES / 1024 / 1024 } };
    if (Object.keys(problems).length > 0) return setClientErrors(problems);
    setClientErrors(null);
    startTransition(() => formAction(data));
  }

  return (
    <FormProvider value={{ errors, values: typed }}>
      <form noValidate onSubmit={onSubmit} action={formAction} className="space-y-5">
        <ErrorSummary ref={summary} errors={errors} labels={labels} />
        {conflict ? (
          <ConflictPanel conflict={conflict} before={conflict.kind === 'record' ? base : initial} mine={typed} confirmed={confirmed} onConfirm={setConfirmed} />
        ) : null}
        <ActionMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        {slugField ? null : <input type="hidden" name="slug" value={meta.slug ?? ''} />}
        <input type="hidden" name="changeId" value={meta.changeId ?? ''} />
        <input type="hidden" name="expectedRevision" value={tokens.expectedRevision ?? ''} />
        <input type="hidden" name="baseToken" value={tokens.baseToken ?? ''} />
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-full bg-brand px-6 py-2.5 font-semibold text-brand-ink disabled:opacity-60">
            {pending ? t('saving') : t('saveDraft')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
