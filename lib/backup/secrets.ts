import type { ModelInfo } from './models';

/**
 * What a backup must never carry — the one place to extend. Rows of dropped models are not exported (after a
 * restore everyone signs in again, and pending invitations are sent again); secret fields are exported as null.
 * So a restored database has no password: an operator sets one with `npm run admin:recover` (scripts/admin-recover.ts).
 */
export const SECRET_RULES = {
  /**
   * Sign-in sessions and one-time tokens (invitations, password resets): worthless after a move, dangerous in a
   * file. RateLimit holds transient failed sign-in counters: restoring them would lock people out for nothing.
   */
  droppedModels: ['Session', 'Verification', 'RateLimit'],
  /** Credential columns, by exact field name, in any model. */
  secretFields: ['password', 'passwordHash', 'token', 'secret', 'accessToken', 'refreshToken', 'idToken', 'apiKey'],
  /** Safety net for fields nobody listed yet. */
  secretPattern: /password|secret/i,
} as const;

export function isDroppedModel(model: string): boolean {
  return (SECRET_RULES.droppedModels as readonly string[]).includes(model);
}

export function isSecretField(field: string): boolean {
  return (SECRET_RULES.secretFields as readonly string[]).includes(field) || SECRET_RULES.secretPattern.test(field);
}

/** The secret fields of a model; a required one cannot be nulled, so the model must be dropped instead. */
export function secretFieldsOf(model: ModelInfo): string[] {
  const secret = model.scalars.filter((f) => isSecretField(f.name) && f.type === 'String');
  const required = secret.filter((f) => !f.optional);
  if (required.length && !isDroppedModel(model.name)) {
    throw new Error(
      `${model.name}.${required.map((f) => f.name).join(', ')} looks secret but is required: add ${model.name} to SECRET_RULES.droppedModels in lib/backup/secrets.ts, or make the field optional`,
    );
  }
  return secret.map((f) => f.name);
}
