import { browser } from 'wxt/browser';

/**
 * Thin adapter over `storage.managed`, where an administrator's policy arrives (utils/policy.ts parses it).
 * Browsers without managed storage, or without a policy, throw or answer empty: both read as "no policy".
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

/** Calls `onChange` when the administrator's policy changes (and on no other storage change). */
export function watchManagedStorage(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
