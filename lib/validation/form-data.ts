/** Plain text values of a submitted form; empty optional fields become null, files and framework fields are left out. */
export function formValues(formData: FormData | unknown, nullable: readonly string[] = []): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  // A request crafted by hand may send anything as the form: treat it as an empty one.
  const entries = formData instanceof FormData ? formData.entries() : [];
  for (const [key, value] of entries) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    out[key] = nullable.includes(key) && value.trim() === '' ? null : value;
  }
  for (const key of nullable) if (!(key in out)) out[key] = null;
  return out;
}
