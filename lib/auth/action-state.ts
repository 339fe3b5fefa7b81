import type { FieldErrors } from '../validation/errors';

/** Errors an admin action can answer with; message keys under "AdminErrors". */
export type ActionErrorKey =
  | 'unauthenticated' | 'forbidden' | 'notFound' | 'wrongState' | 'nothingChanged' | 'staffExists'
  | 'cannotChangeSelf' | 'invalidCredentials' | 'rateLimited' | 'deactivated' | 'inviteInvalid' | 'wrongPassword'
  | 'fileMissing' | 'fileTooLarge' | 'importInvalid' | 'sourceNotPublished'
  | 'ownChangePublish' | 'ownChangeReject' | 'openChange' | 'retired';

/** Someone else got there first: what the record or draft is now, so the person can compare before saving again. */
export interface Conflict {
  kind: 'record' | 'draft';
  /** The version token to save over it, once the person has looked. */
  token: string;
  current: Record<string, unknown>;
  status?: string;
}

/** Every admin action answers with one of these; bad input never throws. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; notice?: string; data?: Record<string, string> }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  /** `changeId`: the open change the refusal is about, which the form links to. */
  | { status: 'error'; error: ActionErrorKey; values?: Record<string, number | string>; changeId?: number }
  | { status: 'conflict'; conflict: Conflict };

export const idle: ActionState = { status: 'idle' };
