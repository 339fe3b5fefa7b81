import { z } from 'zod';
import { locales } from '../i18n/locales';

/** "12", "12.json" or "12.csv": a breakdown id and the format asked for (JSON unless .csv). */
export const breakdownFileSchema = z
  .string()
  .regex(/^[1-9]\d{0,8}(\.(csv|json))?$/)
  .transform((file) => {
    const [id, ext] = file.split('.');
    return { id: Number(id), format: ext === 'csv' ? ('csv' as const) : ('json' as const) };
  });

export const breakdownRequestSchema = z.object({
  file: breakdownFileSchema,
  locale: z.enum(locales).default('ar'),
});

export type BreakdownRequest = z.infer<typeof breakdownRequestSchema>;
