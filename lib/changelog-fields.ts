import { defaultLocale, otherLocales, type Locale } from './i18n/locales';
import { apiNameOf } from './records/api';
import { columnsOf, type FieldSpec } from './records/field';
import { recordFields } from './records/kinds';

/**
 * How a changed field reads in the public changelog and feed, by its stored name, derived from the record
 * definitions (lib/records): their type ('markdown' or 'text'), locale, source language, translation and staff text.
 */
export type FieldReading =
  /** Rendered to plain text as the public page shows it, then compared word by word. */
  | 'markdown'
  /** Free text, compared word by word. */
  | 'text'
  /** A number, date, code or reference: shown whole, before → after. */
  | 'short';

export interface FieldInfo {
  reading: FieldReading;
  /** The portal language the text is written in; null when the field is not in one language of the portal. */
  language: Locale | null;
  /** Text quoted verbatim from a source, in the source's own language. */
  sourceText: boolean;
  /** Text staff write once, in whichever language they use (a note on a value, where in the source it is). */
  staffText: boolean;
}

/** Every declared column of every record kind by its stored name (the same name reads the same way in every kind). */
const columns = new Map(Object.values(recordFields).flatMap((fields) => columnsOf(fields)).map((c) => [c.name, c] as const));

/**
 * The declaration of a field a changelog entry names: the entry's own kind first (a figure's entries also carry its
 * observations' fields), by stored name or by public name (`source` for `sourceSlug`).
 */
export function declaredField(entityType: string, field: string): FieldSpec | undefined {
  const kinds = [entityType, ...(entityType === 'figure' ? ['observation'] : []), ...Object.keys(recordFields)];
  for (const kind of kinds) {
    const fields = recordFields[kind as keyof typeof recordFields];
    if (!fields) continue;
    const found = columnsOf(fields).find((c) => c.name === field || apiNameOf(c.field, c.spec) === field);
    if (found) return found.spec;
  }
  return undefined;
}

/** How a stored field reads, from the record definitions (lib/records): Markdown and text are compared word by word. */
export function fieldInfo(field: string): FieldInfo {
  const column = columns.get(field);
  if (!column) return { reading: 'short', language: null, sourceText: false, staffText: false };
  const { spec } = column;
  const reading: FieldReading = spec.type === 'markdown' ? 'markdown' : spec.type === 'text' ? 'text' : 'short';
  // The portal's translation of source text is in English, the language the portal translates quotes into.
  const language = column.locale ?? (spec.translation ? otherLocales(defaultLocale)[0] : null);
  return { reading, language, sourceText: Boolean(spec.sourceLanguage), staffText: Boolean(spec.staffText) };
}
/** Whether a field's text is written in a portal language other than the reader's (so it is not shown there). */
export function inOtherLanguage(field: string, locale: Locale): Locale | null {
  const { language } = fieldInfo(field);
  return language !== null && language !== locale ? language : null;
}
