/**
 * Tap targets (WCAG 2.2, 2.5.8): anything tapped on its own is at least 24×24 px, whatever font draws it.
 * Links inside a sentence are exempt and keep the line of text; the e2e check is tests/e2e/tap-targets.ts.
 */

/** A link or control standing on its own (a breadcrumb, a table cell, a list of links); inline-block keeps its words' spacing. */
export const tap = 'inline-block min-h-6 min-w-6';

/** A row of a list of links on a phone: a comfortable 44 px. */
export const tapRow = 'flex min-h-11 items-center';
