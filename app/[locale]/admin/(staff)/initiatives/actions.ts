'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable } from '@/lib/validation/initiative';

export const saveInitiativeDraftAction = draftAction('initiative', initiativeDraftSchema, { nullable: initiativeNullable, formatKeys: initiativeFormatKeys });
