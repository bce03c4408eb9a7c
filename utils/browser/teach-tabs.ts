import { browser } from 'wxt/browser';
import { hostOnDomain } from '../core/host-match';

/** Tabs for teaching Signoff a sign-out: the tab to record in, and the recorder put into it. */

const RECORDER_FILE = '/content-scripts/recorder.js';

/** An https address on the domain (or a subdomain): the only pages the recorder runs in. */
export function showsSite(url: string | undefined, domain: string): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && hostOnDomain(parsed.hostname, domain);
}

/** The most recently used tab showing the site, if any, with its address. */
export async function siteTab(domain: string): Promise<{ id: number; url: string } | undefined> {
  const tabs = await browser.tabs.query({});
  const onSite = tabs
    .filter((tab) => tab.id !== undefined && !tab.incognito && showsSite(tab.url, domain))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const [tab] = onSite;
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : undefined;
}

/** Opens the site in a tab in front (the person signs out there) and brings it forward. */
export async function openSiteTab(url: string): Promise<number> {
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('the browser gave the new tab no id');
  return tab.id;
}

export async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}

/** The tab's committed address and the one it is loading, both (a tab may be on its way elsewhere). */
export async function tabAddresses(tabId: number): Promise<string[] | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab ? [tab.url ?? '', ...(tab.pendingUrl ? [tab.pendingUrl] : [])] : undefined;
}

/** Puts the recorder into the tab's top frame; false when the browser refused (the tab went away, no access). */
export async function injectRecorder(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [RECORDER_FILE] });
    return true;
  } catch {
    return false;
  }
}
