import { browser } from 'wxt/browser';
import { hostOnDomain } from '../core/host-match';

/** Opens a tab in the background, so a sign-out never takes the person away from what they are doing. */
export async function openBackgroundTab(url: string): Promise<number> {
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('the browser gave the new tab no id');
  return tab.id;
}

/** The tab's address, or undefined when the tab no longer exists. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab ? (tab.url ?? tab.pendingUrl ?? '') : undefined;
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

export async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined); // Already closed by the user: nothing to do.
}

/** Resolves when the tab has finished loading its current page (or after `timeoutMs`, false). */
export async function waitForTabComplete(tabId: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return false;
    if (tab.status === 'complete' && tab.url && !tab.url.startsWith('about:')) return true;
    // Often: a sign-out waits on each of its page loads, and every poll's delay adds to the result (docs/benchmarks.md).
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/**
 * A probe that answers true once the tab has stayed loaded (status "complete") for `quietMs`, or is gone:
 * after that, a page's sign-out will not change cookies any more.
 */
export function tabSettledProbe(tabId: number, quietMs: number): () => Promise<boolean> {
  let completeSince: number | undefined;
  return async () => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return true;
    if (tab.status !== 'complete') completeSince = undefined;
    else completeSince ??= Date.now();
    return completeSince !== undefined && Date.now() - completeSince >= quietMs;
  };
}

/** Closes the tabs showing a page of one of `domains` (or of a subdomain), except those in `keep`; returns how many. */
export async function closeTabsOn(domains: readonly string[], keep: ReadonlySet<number | undefined>): Promise<number> {
  const tabs = await browser.tabs.query({});
  const ids = tabs.flatMap((tab) => {
    if (tab.id === undefined || keep.has(tab.id) || !tab.url || !URL.canParse(tab.url)) return [];
    const host = new URL(tab.url).hostname;
    return domains.some((domain) => hostOnDomain(host, domain)) ? [tab.id] : [];
  });
  await browser.tabs.remove(ids).catch(() => undefined);
  return ids.length;
}

/** Opens one of Signoff's own pages in a tab in front; false when the browser cannot yet (no window at start). */
export function openExtensionPage(path: Parameters<typeof browser.runtime.getURL>[0]): Promise<boolean> {
  return browser.tabs.create({ url: browser.runtime.getURL(path), active: true }).then(
    () => true,
    () => false,
  );
}

/** True when some tab shows, or is loading, a page of one of `domains` (or of a subdomain). */
export async function someTabOn(domains: readonly string[]): Promise<boolean> {
  const tabs = await browser.tabs.query({});
  return tabs.some((tab) =>
    [tab.url, tab.pendingUrl].some((url) => url && URL.canParse(url) && domains.some((domain) => hostOnDomain(new URL(url).hostname, domain))),
  );
}
