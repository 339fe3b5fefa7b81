import 'server-only';
import { z } from 'zod';
import { prisma } from '../db';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { recordAuditEvent, type Actor } from './audit-log';

type Db = Prisma.TransactionClient | PrismaClient;

/** Every portal setting, its type and its value when nobody has set it. */
export const settingSchemas = {
  /** One person may publish a change they wrote or edited; every entry published that way says so publicly. */
  publishAlone: z.boolean(),
} as const;
export type Settings = { [K in keyof typeof settingSchemas]: z.output<(typeof settingSchemas)[K]> };
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = { publishAlone: false };
const keys = Object.keys(settingSchemas) as SettingKey[];

/** A stored value that does not parse is read as the default: the safe side for every setting. */
function read<K extends SettingKey>(key: K, stored: string | undefined): Settings[K] {
  if (stored === undefined) return defaultSettings[key];
  try {
    const parsed = settingSchemas[key].safeParse(JSON.parse(stored));
    return parsed.success ? (parsed.data as Settings[K]) : defaultSettings[key];
  } catch {
    return defaultSettings[key];
  }
}

export async function getSettings(db: Db = prisma): Promise<Settings> {
  const rows = await db.setting.findMany({ where: { key: { in: keys } } });
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(keys.map((k) => [k, read(k, stored.get(k))])) as Settings;
}

export async function getSetting<K extends SettingKey>(key: K, db: Db = prisma): Promise<Settings[K]> {
  const row = await db.setting.findUnique({ where: { key } });
  return read(key, row?.value);
}

export const settingsPatchSchema = z.object(settingSchemas).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Changes settings in one transaction with one audit event carrying what they were and what they are now. */
export async function updateSettings(actor: Actor, patch: SettingsPatch): Promise<{ changed: boolean }> {
  const next = settingsPatchSchema.parse(patch);
  return prisma.$transaction(async (tx) => {
    const before = await getSettings(tx);
    const changedKeys = (Object.keys(next) as SettingKey[]).filter((k) => next[k] !== undefined && next[k] !== before[k]);
    if (changedKeys.length === 0) return { changed: false };
    for (const key of changedKeys) {
      const value = JSON.stringify(next[key]);
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
    }
    await recordAuditEvent(tx, actor, {
      action: 'settings.update', entityType: 'setting', entityKey: changedKeys.join(','),
      before: Object.fromEntries(changedKeys.map((k) => [k, before[k]])), after: Object.fromEntries(changedKeys.map((k) => [k, next[k]])),
    });
    return { changed: true };
  });
}
