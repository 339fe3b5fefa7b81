/** Text a spreadsheet would run as a formula (=, +, -, @, tab, return) gets a leading apostrophe; numbers pass as they are. */
export function neutraliseText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
