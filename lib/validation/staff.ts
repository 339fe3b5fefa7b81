import { z } from 'zod';
import { roles } from '../auth/roles';
import { text } from './common';

const MIN_PASSWORD = 12;
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const passwordSchema = z.string().min(MIN_PASSWORD, { message: 'passwordLength' }).max(256, { message: 'passwordLength' });
export const roleSchema = z.enum(roles);

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
  next: z.string().max(300).nullable().default(null),
});

export const newStaffSchema = z.object({ email: emailSchema, name: text(120), role: roleSchema });

const matching = (v: { password: string; confirm: string }, ctx: z.RefinementCtx) => {
  if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'passwordMismatch' });
};

export const acceptInviteSchema = z
  .object({ token: z.string().min(10).max(100), password: passwordSchema, confirm: z.string().max(256) })
  .superRefine(matching);

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), password: passwordSchema, confirm: z.string().max(256) })
  .superRefine(matching);

export const staffRoleSchema = z.object({ userId: z.string().min(1).max(64), role: roleSchema });
export const staffActiveSchema = z.object({ userId: z.string().min(1).max(64), active: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const staffIdSchema = z.object({ userId: z.string().min(1).max(64) });
