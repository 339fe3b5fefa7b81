import type { EntityType } from '../../validation/change';
import { breakdownHandler } from './breakdown';
import { figureHandler } from './figure';
import { initiativeHandler } from './initiative';
import { observationHandler } from './observation';
import { sourceHandler } from './source';
import type { ChangeHandler } from './types';

export const changeHandlers: Record<EntityType, ChangeHandler> = {
  figure: figureHandler,
  observation: observationHandler,
  initiative: initiativeHandler,
  source: sourceHandler,
  breakdown: breakdownHandler,
};
