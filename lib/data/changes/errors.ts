import type { Content, RecordState } from './types';

/** The published record moved on since the person started: carries what it is now. */
export class StaleRecordError extends Error {
  constructor(readonly current: RecordState) {
    super('The record changed since this change was started');
  }
}

/** Someone else saved or moved this draft first: carries the draft as it is now. */
export class StaleDraftError extends Error {
  constructor(readonly current: { payload: Content; reason: string; revision: number; status: string }) {
    super('The draft changed since it was opened');
  }
}

/** The step does not apply to a change in this status (e.g. publishing a draft not yet submitted). */
export class ChangeStateError extends Error {
  constructor(readonly status: string) {
    super(`Not allowed while the change is ${status}`);
  }
}

export class NothingChangedError extends Error {}
export class RecordNotFoundError extends Error {}

/** A value names a source still in review: the source must be published first. */
export class SourceNotPublishedError extends Error {}

/** A reviewer must be someone else: the person wrote or edited this change (the two-person rule). */
export class OwnChangeError extends Error {
  constructor(readonly step: 'publish' | 'reject') {
    super(`A change cannot be ${step === 'publish' ? 'published' : 'sent back'} by someone who wrote or edited it`);
  }
}

/** The record already has an open change (draft, in review or sent back): carries its id so the form can link to it. */
export class OpenChangeError extends Error {
  constructor(readonly changeId: number) {
    super(`The record already has an open change (#${changeId})`);
  }
}

/** The record (or the figure a value belongs to) was retired: it stays as it was and takes no further change. */
export class RetiredRecordError extends Error {
  constructor(readonly retiredAt: Date) {
    super(`The record was retired on ${retiredAt.toISOString().slice(0, 10)} and cannot be changed`);
  }
}
