import { z } from 'zod';
import { defineStoredItem } from '../browser/stored-item';
import { siteForHost } from '../recipes/registry';

/**
 * Which recipe site each open tab shows, so that when a tab closes (the browser then no longer tells its
 * address) Signoff knows which site lost a tab. Kept in storage.session: tab ids mean nothing after a restart.
 */
const TabSites = z.record(z.string(), z.string());
const tabSites = defineStoredItem('session:tabSites', { parse: (stored) => TabSites.catch({}).parse(stored ?? {}) });
const read = () => tabSites.get();

export async function rememberTabSite(tabId: number, url: string | undefined): Promise<void> {
  const host = url && URL.canParse(url) ? new URL(url).hostname : undefined;
  const match = host ? siteForHost(host) : undefined;
  const sites = await read();
  const sessionId = match ? `${match.recipe.id}:${match.site.domain}` : undefined;
  if (sites[tabId] === sessionId) return;
  if (sessionId) sites[tabId] = sessionId;
  else delete sites[tabId];
  await tabSites.set(sites);
}

/** Forgets the tab and returns the session id of the site it showed, if any. */
export async function forgetTabSite(tabId: number): Promise<string | undefined> {
  const sites = await read();
  const sessionId = sites[tabId];
  if (sessionId === undefined) return undefined;
  delete sites[tabId];
  await tabSites.set(sites);
  return sessionId;
}

/** True when another open tab shows the same site. */
export async function siteStillOpen(sessionId: string): Promise<boolean> {
  return Object.values(await read()).includes(sessionId);
}
