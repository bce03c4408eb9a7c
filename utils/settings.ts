import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Domain } from './recipes/schema';

/**
 * The user's settings, kept in storage.local under one key and validated on every read. A stored value from an
 * older version, or one that no longer parses, is migrated field by field: a bad field falls back to its default
 * and the good ones (the keep list above all) are kept.
 */
export const Settings = z.object({
  version: z.literal(1).default(1),
  /** Domains "Sign out everywhere" never touches (e.g. the work e-mail the computer's owner uses). */
  keepList: z.array(Domain).max(200).default([]),
  /** Detect sessions on sites without a recipe (needs the optional host permission). */
  detectOtherSites: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

const STORAGE_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored: unknown = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return migrateSettings(stored);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}

/** Keeps every field that still validates; replaces only what does not. */
export function migrateSettings(stored: unknown): Settings {
  const whole = Settings.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(Settings.shape)) {
    const parsed = field.safeParse(record[key]);
    if (parsed.success) kept[key] = parsed.data;
  }
  // A keep list with one bad entry keeps the good entries.
  if (Array.isArray(record.keepList)) kept.keepList = record.keepList.filter((d) => Domain.safeParse(d).success);
  return Settings.parse(kept);
}
