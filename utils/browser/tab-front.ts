import { browser } from 'wxt/browser';
import type { Tab } from './tab-state';

/** Thin adapter over tabs the person is meant to see: a guide's or an account switch's tab, brought to the front. */

/** Opens `url` in a new tab in front of the person; throws when the browser cannot. */
export function openTabInFront(url: string): Promise<Tab> {
  return browser.tabs.create({ url, active: true });
}

/** Makes the tab the shown one in its window, and that window the focused one (best effort for the window). */
export async function bringTabToFront(tabId: number, windowId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true });
  await browser.windows.update(windowId, { focused: true }).catch(() => undefined);
}
