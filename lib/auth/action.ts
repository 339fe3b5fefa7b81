import 'server-only';
import type { z } from 'zod';
import type { Actor } from '../data/audit-log';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import {
  ChangeStateError, NothingChangedError, OpenChangeError, OwnChangeError, RecordNotFoundError, RetiredRecordError, SourceNotPublishedError, StaleDraftError,
  StaleRecordError,
} from '../data/changes/errors';
import { formValues } from '../validation/form-data';
import { toFieldErrors, type ValidationKey } from '../validation/errors';
import type { ActionState } from './action-state';
import { can, type Permission } from './roles';
import { actorOf, getStaff, type Staff } from './session';

export interface ActionContext {
  staff: Staff;
  actor: Actor;
  formData: FormData;
  /** The page's language, sent by every staff form (actions have no route params). */
  locale: Locale;
}

export function localeOf(formData: FormData): Locale {
  const value = formData.get('locale');
  return isLocale(value) ? value : defaultLocale;
}

interface Options {
  /** Fields whose empty value means "none". */
  nullable?: readonly string[];
  /** Which message a badly formatted field gets. */
  formatKeys?: Partial<Record<string, ValidationKey>>;
}

/** The review workflow's refusals, as answers the form can show. */
function refusal(error: unknown): ActionState | null {
  if (error instanceof StaleRecordError) return { status: 'conflict', conflict: { kind: 'record', token: error.current.token, current: error.current.content } };
  if (error instanceof StaleDraftError) {
    const { payload, reason, revision, status } = error.current;
    return { status: 'conflict', conflict: { kind: 'draft', token: String(revision), current: { ...payload, reason }, status } };
  }
  if (error instanceof ChangeStateError) return { status: 'error', error: 'wrongState' };
  if (error instanceof NothingChangedError) return { status: 'error', error: 'nothingChanged' };
  if (error instanceof RecordNotFoundError) return { status: 'error', error: 'notFound' };
  if (error instanceof SourceNotPublishedError) return { status: 'error', error: 'sourceNotPublished' };
  if (error instanceof OwnChangeError) return { status: 'error', error: error.step === 'publish' ? 'ownChangePublish' : 'ownChangeReject' };
  if (error instanceof RetiredRecordError) return { status: 'error', error: 'retired' };
  if (error instanceof OpenChangeError) return { status: 'error', error: 'openChange', values: { id: error.changeId }, changeId: error.changeId };
  return null;
}

/**
 * The one wrapper every staff mutation goes through: a signed-in, active account with the permission, then
 * the form checked by the same zod schema as the browser, then the data function. Nothing is read from the
 * form before the account is known.
 */
export function staffAction<S extends z.ZodType, R extends { status: string } = ActionState>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<NoInfer<R> | ActionState | void>,
  options: Options = {},
) {
  return async (_prev: R | ActionState, formData: FormData): Promise<R | ActionState> => {
    const staff = await getStaff();
    if (!staff) return { status: 'error', error: 'unauthenticated' };
    if (!can(staff.role, permission)) return { status: 'error', error: 'forbidden' };
    if (!(formData instanceof FormData)) return { status: 'invalid', fieldErrors: {} };
    const parsed = schema.safeParse(formValues(formData, options.nullable));
    if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error, options.formatKeys) };
    try {
      return (await handler(parsed.data, { staff, actor: await actorOf(staff), formData, locale: localeOf(formData) })) ?? { status: 'ok' };
    } catch (error) {
      const answer = refusal(error);
      if (answer) return answer;
      throw error;
    }
  };
}
