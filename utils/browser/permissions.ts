import { browser } from 'wxt/browser';

/** Thin adapter over optional host permissions: asking for them, giving them back, listing what is granted. */

/**
 * Asks the person for access to `origins`. Call it first thing in the click that asks (browsers show the prompt only
 * during a user gesture): nothing may be awaited before it.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Gives access to `origins` back; false when it was not held or the browser refuses. */
export function removeOrigins(origins: string[]): Promise<boolean> {
  return Promise.resolve()
    .then(() => browser.permissions.remove({ origins }))
    .catch(() => false);
}

/** The host patterns granted now, the manifest's included. */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins;
}
