import { z } from 'zod';
import { defineVersionedStoredItem } from './browser/versioned-stored-item';
import { Domain } from './recipes/schema';
import { LANGUAGE_CHOICES, SETTINGS_ITEM_KEY } from './language-setting';

/**
 * The user's settings, kept in storage.local under one key and validated on every read. A stored value from an
 * older version, or one that no longer parses, is migrated field by field: a bad field falls back to its default
 * and the good ones (the keep list above all) are kept.
 */
export const CloseSweep = z.enum([
  /** Do nothing when the last window closes. */
  'off',
  /** Sign out of sites that sign out by a plain URL, then clear the remaining sessions' cookies. */
  'sign-out-then-clear',
  /** Only clear the sessions' cookies and storage (fast, but the sites keep their sessions). */
  'clear-only',
]);
export type CloseSweep = z.infer<typeof CloseSweep>;

export const Settings = z.object({
  version: z.literal(2).default(2),
  /** Unset until the person answers the first-run question. */
  mode: z.enum(['personal', 'shared']).optional(),
  /** Domains "Sign out everywhere" never touches (e.g. the work e-mail the computer's owner uses). */
  keepList: z.array(Domain).max(200).default([]),
  /** Detect sessions on sites without a recipe (needs the optional host permission). */
  detectOtherSites: z.boolean().default(false),
  /** Shared mode: after this many idle minutes (or on screen lock), count down and sign out everywhere. */
  idleMinutes: z.number().int().min(1).max(240).default(10),
  closeSweep: CloseSweep.default('sign-out-then-clear'),
  /** Notifications such as "still signed in" when the last tab of a site closes. */
  reminders: z.boolean().default(true),
  /** "auto" follows the browser. */
  language: z.enum(LANGUAGE_CHOICES).default('auto'),
});
export type Settings = z.infer<typeof Settings>;

/**
 * The settings record in storage.local. Version 2 is the first with a `version` field; a record from before it
 * (stored without WXT's version mark) is migrated once, and every read is still validated the same way.
 */
export const settingsItem = defineVersionedStoredItem<Settings>(SETTINGS_ITEM_KEY, {
  parse: migrateSettings,
  version: 2,
  migrations: { 2: migrateSettings },
});

export function loadUserSettings(): Promise<Settings> {
  return settingsItem.get();
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadUserSettings()), ...changes, version: 2 });
  await settingsItem.set(next);
  return next;
}

/** Keeps every field that still validates; replaces only what does not. Older versions migrate the same way. */
export function migrateSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, unknown>) } : {};
  delete record.version; // Every version so far only added fields; the current version is stamped on parse.
  const whole = Settings.safeParse(record);
  if (whole.success) return whole.data;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(Settings.shape)) {
    const parsed = field.safeParse(record[key]);
    if (parsed.success) kept[key] = parsed.data;
  }
  // A keep list with one bad entry keeps the good entries.
  if (Array.isArray(record.keepList)) kept.keepList = record.keepList.filter((d) => Domain.safeParse(d).success);
  return Settings.parse(kept);
}
