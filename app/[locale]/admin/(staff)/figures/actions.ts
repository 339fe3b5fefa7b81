'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';

export const saveFigureDraftAction = draftAction('figure', figureDraftSchema, { nullable: figureNullable, formatKeys: figureFormatKeys });
