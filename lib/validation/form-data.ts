import { ARCHIVE_MAX_BYTES, archiveMediaTypes } from '../records/source';

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

/** What an uploaded archive's first bytes say it is; only the types staff may upload are recognised. */
export function sniffArchiveType(bytes: Uint8Array): (typeof archiveMediaTypes)[number] | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'; // RIFF....WEBP
  // HTML has no magic number: a saved page opens (after a byte order mark and blank space) with one of these tags.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|title|!--)[\s>]/.test(head) || head.startsWith('<?xml')) return 'text/html';
  return null;
}

/**
 * Why an uploaded archive is refused, or null: too large, or its declared type and its first bytes do not both
 * name the same allowed type (a renamed file is refused either way).
 */
export function archiveUploadProblem(declaredType: string, bytes: Uint8Array): 'archiveTooLarge' | 'archiveType' | null {
  if (bytes.byteLength > ARCHIVE_MAX_BYTES) return 'archiveTooLarge';
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  const sniffed = sniffArchiveType(bytes);
  return sniffed && sniffed === declared ? null : 'archiveType';
}
