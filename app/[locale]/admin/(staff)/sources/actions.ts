'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { sourceDraftSchema, sourceFormatKeys, sourceNullable } from '@/lib/validation/source';

export const saveSourceDraftAction = draftAction('source', sourceDraftSchema, { nullable: sourceNullable, formatKeys: sourceFormatKeys });
