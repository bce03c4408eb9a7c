import { z } from 'zod';
import { closeTab, openBackgroundTab } from '../browser/tabs';
import { injectFunction } from '../browser/page-scripts';
import { getTab, listTabs, type Tab } from '../browser/tab-state';
import type { CheckResponse } from './read-answer';
import { MAX_BODY_CHARS, requestFromPage } from './request-from-page';

/**
 * The account check of a site the extension may not request itself (an imported or policy recipe, a site without a
 * recipe: `connect-src` names only the built-in recipe sites). The same GET is made from a document of the check
 * address's own origin, in its top frame, by a function injected there (an isolated world: the page's scripts cannot
 * reach it): a same-origin request with the site's cookies, as the site's own pages make all the time.
 *
 * Trust is what it was when the worker asked: the answer counts for that one site only. The document is chosen by its
 * exact origin (not a sibling subdomain, not another site in a frame), the injected function checks `location` again
 * before it asks, and the reply names the origin it came from, which must match. A hostile site can only answer for
 * itself, as its own server always could.
 */

/** The reply of the injected function, parsed at the boundary like every message. */
const PageReply = z.union([
  z.strictObject({
    origin: z.string().max(300),
    redirected: z.boolean(),
    status: z.number().int().min(0).max(999),
    body: z.string().max(MAX_BODY_CHARS),
  }),
  z.strictObject({ failed: z.string().max(100) }),
]);

/** The tab may be used at all: shown in the default cookie store (not a private window, not a Firefox container). */
function inDefaultStore(tab: Tab): boolean {
  const store = (tab as { cookieStoreId?: string }).cookieStoreId;
  return !tab.incognito && (store === undefined || store === 'firefox-default') && !tab.discarded;
}

const originOf = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url).origin : undefined);

/** A loaded tab whose top document is on `origin`; `waiting`: none yet, but a tab is on its way there (loading). */
async function tabOnOrigin(origin: string): Promise<{ tabId: number } | 'waiting' | undefined> {
  const tabs = (await listTabs()).filter(inDefaultStore);
  const ready = tabs.find((tab) => tab.status === 'complete' && !tab.pendingUrl && originOf(tab.url) === origin);
  if (ready?.id !== undefined) return { tabId: ready.id };
  const coming = tabs.some((tab) => originOf(tab.pendingUrl ?? tab.url) === origin);
  return coming ? 'waiting' : undefined;
}

/** A tab to ask from, waiting (until `deadline`) for one that is still loading the site. */
async function findTab(origin: string, deadline: number): Promise<number | undefined> {
  for (;;) {
    const found = await tabOnOrigin(origin);
    if (found === undefined) return undefined;
    if (found !== 'waiting') return found.tabId;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const POLL_MS = 100;
/** A document that keeps going away is given up on: each try may have sent the site a request. */
const MAX_ATTEMPTS = 3;

/**
 * Asks `url` from a tab of its origin: one already open (the person's page, the sign-out job's tab), or, when
 * `mayOpenTab` (after a sign-out, never just for listing), a background tab opened on the origin's robots.txt — a
 * document of the site without the site's page scripts — and closed again. A document that goes away while it asks
 * (the person's sign-in page moving on) is replaced by the next one on the origin. Undefined: could not be asked.
 */
export async function askFromSiteTab(url: string, timeoutMs: number, mayOpenTab: boolean): Promise<CheckResponse | undefined> {
  const deadline = Date.now() + timeoutMs;
  const { origin } = new URL(url);
  let opened: number | undefined;
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      let tabId = await findTab(origin, deadline);
      if (tabId === undefined && opened === undefined && mayOpenTab) {
        opened = await openBackgroundTab(`${origin}/robots.txt`);
        tabId = await findTab(origin, deadline);
      }
      if (tabId === undefined) return undefined;
      const answer = await askInTab(tabId, url, origin, deadline);
      if (answer !== 'moved') return answer;
    }
    return undefined;
  } catch {
    return undefined; // The browser refused the injection: the site could not be asked.
  } finally {
    if (opened !== undefined) await closeTab(opened);
  }
}

/** The answer from the tab's top document; 'moved' when that document went away (or loads another) meanwhile. */
async function askInTab(tabId: number, url: string, origin: string, deadline: number): Promise<CheckResponse | 'moved' | undefined> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return undefined;
  const asking = injectFunction({ tabId, frameIds: [0] }, requestFromPage, [url, remaining]).catch(() => 'moved' as const);
  const watch = { over: false };
  const results = await Promise.race([asking, documentLeft(tabId, origin, deadline, watch)]).finally(() => (watch.over = true));
  if (results === 'moved' || results === undefined) return results;
  const [injected] = results;
  if (!injected || (injected.frameId !== undefined && injected.frameId !== 0)) return undefined;
  const reply = PageReply.safeParse(injected.result);
  if (!reply.success || 'failed' in reply.data || reply.data.origin !== origin) return undefined;
  const { redirected, status, body } = reply.data;
  return { redirected, status, body };
}

/** Resolves 'moved' once the tab loads anything (or closes), undefined at `deadline` or once `watch` is over. */
async function documentLeft(tabId: number, origin: string, deadline: number, watch: { over: boolean }): Promise<'moved' | undefined> {
  while (Date.now() < deadline && !watch.over) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const tab = await getTab(tabId);
    if (!tab || tab.status !== 'complete' || tab.pendingUrl || originOf(tab.url) !== origin) return 'moved';
  }
  return undefined;
}
