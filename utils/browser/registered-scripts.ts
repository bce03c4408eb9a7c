import { browser, type Browser } from 'wxt/browser';

/** Thin adapter over content scripts registered at run time (scripting.registerContentScripts and its kin). */

export type RegisteredScript = Browser.scripting.RegisteredContentScript;

export function registeredScripts(ids: string[]): Promise<RegisteredScript[]> {
  return browser.scripting.getRegisteredContentScripts({ ids });
}

/** Registers the script, or updates its registration when one with its id is there already. */
export async function registerOrUpdateScript(script: RegisteredScript, alreadyRegistered: boolean): Promise<void> {
  if (alreadyRegistered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function unregisterScripts(ids: string[]): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids });
}
