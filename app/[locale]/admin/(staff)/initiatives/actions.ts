'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable } from '@/lib/validation/initiative';
import { withDateParts } from '@/lib/validation/date-parts';

export const saveInitiativeDraftAction = withDateParts(draftAction('initiative', initiativeDraftSchema, { nullable: initiativeNullable, formatKeys: initiativeFormatKeys }));
