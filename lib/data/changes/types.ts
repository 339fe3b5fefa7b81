import type { Prisma } from '../../generated/prisma/client';
import type { EntityType } from '../../validation/change';
import type { PublicChange } from '../revalidate';
import type { PublishMeta } from '../changelog-entries';

export type Tx = Prisma.TransactionClient;
/** A record's editable content as form-shaped JSON (dates as YYYY-MM-DD, relations by slug or code). */
export type Content = Record<string, unknown>;

/** The token a change to a record that does not exist yet starts from (a new source, a new observation). */
export const NEW_RECORD = 'new';

export interface RecordState {
  content: Content;
  /** Changes whenever the published record does: a figure's version, others' last update time. */
  token: string;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface PublishResult {
  before: Content;
  after: Content;
  publicChange: PublicChange;
}

/** What the review workflow needs to know about one kind of record. */
export interface ChangeHandler {
  type: EntityType;
  /** The record as published now, or null when it does not exist. */
  load(db: Tx, slug: string): Promise<RecordState | null>;
  /** Writes the change, its public changelog entry, and nothing else; refuses a stale base. */
  publish(tx: Tx, slug: string, content: Content, reason: string, baseToken: string | null, meta: PublishMeta): Promise<PublishResult>;
}
