import { defineStoredItem } from '../browser/stored-item';

/** The popup's "still signed in from last time" banner (written in browser-start.ts). */
export interface Leftovers {
  at: number;
  sites: string[];
}

/** Checked by hand, not by a schema: the popup reads it and stays small. */
function readLeftovers(stored: unknown): Leftovers | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { at, sites } = stored as Record<string, unknown>;
  if (typeof at !== 'number' || !Array.isArray(sites)) return undefined;
  return { at, sites: sites.filter((site): site is string => typeof site === 'string') };
}

export const leftoversItem = defineStoredItem<Leftovers | undefined>('local:leftovers', { parse: readLeftovers });
