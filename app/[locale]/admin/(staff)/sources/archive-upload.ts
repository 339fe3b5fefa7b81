import 'server-only';
import { createHash } from 'node:crypto';
import type { Prepared } from '@/lib/auth/draft-action';
import type { Content } from '@/lib/data/changes/types';
import { storeSourceArchive } from '@/lib/data/sources';
import { ARCHIVE_MAX_BYTES } from '@/lib/records/source';
import { archiveUploadProblem, sniffArchiveType } from '@/lib/validation/form-data';

/** A file name safe to show and to offer as a download name: no folders, no control characters, not too long. */
const cleanName = (name: string) => (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200) || 'archive';

/**
 * Keeps an uploaded archived copy (checked by its size, declared type and first bytes) and names it in the draft by
 * its SHA-256. Stored once per content; it stays private until a published source points at it.
 */
export async function withUploadedArchive(formData: FormData, content: Content): Promise<Prepared> {
  const file = formData.get('archive');
  if (!(file instanceof File) || file.size === 0) return { content };
  if (file.size > ARCHIVE_MAX_BYTES) return { status: 'invalid', fieldErrors: { archive: { key: 'archiveTooLarge', values: { max: ARCHIVE_MAX_BYTES / 1024 / 1024 } } } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = archiveUploadProblem(file.type, bytes);
  if (problem) return { status: 'invalid', fieldErrors: { archive: { key: problem, values: { max: ARCHIVE_MAX_BYTES / 1024 / 1024 } } } };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await storeSourceArchive({ fileName: cleanName(file.name), mediaType: sniffArchiveType(bytes)!, bytes, sha256 });
  return { content: { ...content, archiveSha256: sha256 } };
}
