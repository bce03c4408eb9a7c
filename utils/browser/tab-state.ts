import { browser, type Browser } from 'wxt/browser';

/**
 * Thin adapter over reading tabs: where a tab is and what it shows. Apart from tabs.ts (opening, moving, closing),
 * which the sign-out tests fake as a whole while these reads stay on the fake browser.
 */

export type Tab = Browser.tabs.Tab;

/** The tab as the browser sees it now; undefined once it is closed (or was never there). */
export function getTab(tabId: number): Promise<Tab | undefined> {
  return browser.tabs.get(tabId).catch(() => undefined);
}

/** Every tab of every window; none when the browser will not say. */
export function listTabs(): Promise<Tab[]> {
  return browser.tabs.query({}).catch(() => []);
}

/** The tab shown in the window the calling page belongs to (the popup's: the page the person is looking at). */
export async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab;
}
