import { localizedKey, locales, type Locale } from '../i18n/locales';

/**
 * One field of a record kind, declared once. Everything else about it (its zod schema, its staff form control, its
 * label, how a changelog line reads it, its CSV column) is derived from this declaration.
 */
export type FieldType =
  /** Plain text; `lines` > 1 makes it a text area. */
  | 'text'
  /** Markdown, rendered through a sanitizer on public pages and as plain words in a changelog diff. */
  | 'markdown'
  /** One of a closed vocabulary (lib/vocabulary.ts); `vocabulary` names the list and its words. */
  | 'choice'
  /** A calendar day (YYYY-MM-DD); `precision` names the field that says how exact it is. */
  | 'date'
  | 'url'
  /** Another record, by its slug (a source) or code (a governorate). */
  | 'reference'
  /** A published value: an exact decimal. */
  | 'value'
  /** A field with its own control and schema in the kind's definition. */
  | 'custom';

/** The closed vocabularies a choice field can draw on; each has its words under `Options.<vocabulary>.<code>`. */
export type Vocabulary = 'initiativeKind' | 'initiativeStatus' | 'precision' | 'sourceKind' | 'language' | 'unit' | 'measure' | 'scope';

export interface FieldSpec {
  type: FieldType;
  /** One column per configured locale (`nameAr`, `nameEn`, …), each in its own language. */
  localized?: boolean;
  optional?: boolean;
  /** The most characters the field takes. */
  max?: number;
  /** Rows of a text area; absent or 1 is a one-line field. */
  lines?: number;
  vocabulary?: Vocabulary;
  /** For a reference: what it points to. */
  to?: 'source' | 'governorate';
  /** For a date: the field saying how exact it is. */
  precision?: string;
  /** The form section the field sits in (`Forms.sections.<group>`); `own`: a custom control that draws its own. */
  group: 'text' | 'details' | 'meaning' | 'value' | 'source' | 'archive' | 'own';
  /** A hint under the control: a message key from the root (`Forms.markdownHint`). */
  hint?: string;
  /** Takes the whole width of the form. */
  wide?: boolean;
  /** The field's text is in the source's own language (a quote), not a portal locale. */
  sourceLanguage?: boolean;
  /** The portal's English rendering of source text. */
  translation?: boolean;
  /** What the field holds, in English, for the API document and the downloads' column descriptions. */
  about?: string;
  /** Its words are searched and shown in search results. */
  search?: boolean;
  /** Text staff write once, in whichever language they use (a note on a value, where in the source it is). */
  staffText?: boolean;
}

export type Fields = Record<string, FieldSpec>;

/** The stored name of a localized field in one locale: `name` + `ar` → `nameAr` (declared with the locales). */
export const localizedName = (field: string, locale: Locale): string => localizedKey(field, locale);

/** A field as it appears in forms, rows and changes: a localized field once per locale. */
export interface FieldColumn {
  /** The stored and submitted name (`nameAr`). */
  name: string;
  /** The declared field it comes from (`name`). */
  field: string;
  /** For a localized column, its locale. */
  locale?: Locale;
  spec: FieldSpec;
}

/** Every column of a kind, in declaration order, localized fields expanded over the configured locales. */
export function columnsOf(fields: Fields): FieldColumn[] {
  return Object.entries(fields).flatMap(([field, spec]) =>
    spec.localized ? locales.map((locale) => ({ name: localizedName(field, locale), field, locale, spec })) : [{ name: field, field, spec }],
  );
}

/** The column a stored name belongs to (`bodyEn` → the `body` field in English), or undefined. */
export function columnNamed(fields: Fields, name: string): FieldColumn | undefined {
  return columnsOf(fields).find((c) => c.name === name);
}

/** Where each vocabulary's words are in the messages: `<namespace>.<code>`. */
export const vocabularyMessages: Record<Vocabulary, string> = {
  initiativeKind: 'Initiatives.kinds',
  initiativeStatus: 'Initiatives.statuses',
  precision: 'Options.precision',
  sourceKind: 'Options.sourceKinds',
  language: 'Options.languages',
  unit: 'Units',
  measure: 'Measures',
  scope: 'Options.scopes',
};
