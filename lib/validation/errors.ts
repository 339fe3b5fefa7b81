import type { z } from 'zod';

/** Field error messages, under "Validation" in locales/*.json; shared by the browser and the server. */
export const validationKeys = [
  'required', 'tooLong', 'tooShort', 'decimal', 'date', 'choose', 'url', 'email', 'slug', 'invalid',
  'governorateRequired', 'governorateNotAllowed', 'precisionRequired', 'passwordLength', 'passwordMismatch',
  'noChange', 'valueNotInQuote', 'periodOrder', 'slugTaken', 'quoteOrLocator', 'archiveType', 'archiveTooLarge',
  'duplicateKind', 'otherNeedsNote', 'unsafeCharacters', 'valueRange', 'wholeNumber',
] as const;
export type ValidationKey = (typeof validationKeys)[number];

export interface FieldError {
  key: ValidationKey;
  values?: Record<string, number>;
}
export type FieldErrors = Record<string, FieldError>;

const isKey = (v: unknown): v is ValidationKey => typeof v === 'string' && (validationKeys as readonly string[]).includes(v);

function issueToError(issue: z.core.$ZodIssue, formatKey: ValidationKey | undefined): FieldError {
  if (isKey(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'choose' };
    case 'invalid_type':
      return { key: 'required' };
    case 'invalid_format':
      return { key: formatKey ?? (issue.format === 'url' ? 'url' : issue.format === 'email' ? 'email' : 'invalid') };
    default:
      return { key: formatKey ?? 'invalid' };
  }
}

/**
 * One message key per field (the first problem found), so the same schema gives the same localized
 * message next to the field in the browser and after the server checks again.
 */
export function toFieldErrors(error: z.ZodError, formatKeys: Partial<Record<string, ValidationKey>> = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    out[field] ??= issueToError(issue, formatKeys[field]);
  }
  return out;
}
