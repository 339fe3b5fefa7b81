'use client';

import { Fragment, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { columnsOf, type FieldColumn, type FieldSpec } from '@/lib/records/field';
import { recordFields, type RecordKind } from '@/lib/records/kinds';
import { DateField } from './DateField';
import { FieldGroup, SelectField, TextArea, TextField, type Choice } from './Fields';
import { useFormContext } from './FormContext';

export interface RecordFieldsProps {
  kind: RecordKind;
  /** The choices of each choice or reference field, translated on the server. */
  choices: Record<string, Choice[]>;
  /** Fields drawn by the form itself (a custom control), by column name. */
  custom?: Record<string, ReactNode>;
  /** Wraps a field's control (e.g. the value with how it will read). */
  wrap?: Record<string, (control: ReactNode) => ReactNode>;
  /** A hint that depends on the form's situation, replacing the declared one. */
  hints?: Record<string, string>;
  /** Extra controls at the end of a section (e.g. the slug after the names). */
  after?: Partial<Record<FieldSpec['group'], ReactNode>>;
}

/**
 * A record kind's fields as its definition declares them, in their order and sections: text in each language
 * (read in its own direction), choices, dates in the page's language. The labels are the fields' names in `Fields`.
 */
export function RecordFields({ kind, choices, custom = {}, wrap = {}, hints = {}, after = {} }: RecordFieldsProps) {
  const f = useTranslations('Fields');
  const s = useTranslations('Forms.sections');
  const root = useTranslations();
  const { values } = useFormContext();
  const columns = columnsOf(recordFields[kind]);
  const groups = [...new Set(columns.map((c) => c.spec.group))];
  const control = (c: FieldColumn): ReactNode => {
    if (custom[c.name] !== undefined) return custom[c.name];
    const { spec } = c;
    const hintKey = spec.hint;
    const common = {
      name: c.name, label: f(c.name as never), optional: spec.optional,
      hint: hints[c.name] ?? (hintKey ? root(hintKey as never) : undefined),
      lang: c.locale ?? (spec.translation ? 'en' : undefined),
      className: spec.wide || (spec.lines ?? 1) > 4 ? 'sm:col-span-2' : undefined,
    };
    switch (spec.type) {
      case 'choice':
      case 'reference':
        // A choice with nothing chosen yet (a new record) asks for one rather than preselecting the first.
        return <SelectField {...common} options={choices[c.name] ?? []} placeholder={spec.optional || spec.type === 'reference' || values[c.name] == null || values[c.name] === ''} />;
      case 'date':
        return <DateField name={c.name} label={common.label} hint={common.hint} optional={spec.optional} className={common.className} />;
      case 'url':
        return <TextField {...common} type="url" lang={undefined} />;
      case 'value':
        return <TextField {...common} lang="en" inputMode="decimal" />;
      case 'custom':
        return null;
      default:
        return (spec.lines ?? 1) > 1 ? <TextArea {...common} rows={spec.lines} /> : <TextField {...common} />;
    }
  };
  return (
    <>
      {groups.map((group) => {
        const inGroup = columns.filter((c) => c.spec.group === group);
        // Controls that draw their own section (what the source leaves out).
        if (group === 'own') return <Fragment key={group}>{inGroup.map((c) => <Fragment key={c.name}>{custom[c.name]}</Fragment>)}</Fragment>;
        return (
          <FieldGroup key={group} legend={s(group)}>
            {inGroup.map((c) => {
              const node = control(c);
              if (node === null) return null;
              return <Fragment key={c.name}>{wrap[c.name] ? wrap[c.name](node) : node}</Fragment>;
            })}
            {after[group]}
          </FieldGroup>
        );
      })}
    </>
  );
}
