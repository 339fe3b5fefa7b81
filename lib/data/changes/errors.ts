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
