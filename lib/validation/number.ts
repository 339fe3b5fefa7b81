/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9, so staff can type numbers with either keyboard. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)));
}

/**
 * A number as typed or pasted ("37,400,000", "٣٧٬٤٠٠٬٠٠٠", "8000٫5") to the plain decimal text the database
 * keeps; anything else is left for the schema to refuse.
 */
export function normalizeDecimalInput(raw: string): string {
  const folded = foldDigits(raw)
    .trim()
    .replace(/[\s\u00A0\u202F\u2009]/g, '')
    .replace(/\u066B/g, '.')
    .replace(/\u2212/g, '-');
  // Grouping separators are dropped only where they group thousands: "1,2,3" is left as typed, for the schema to refuse.
  return /^-?\d{1,3}([,\u066C]\d{3})+(\.\d+)?$/.test(folded) ? folded.replace(/[,\u066C]/g, '') : folded;
}
