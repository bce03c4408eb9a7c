import { browser } from 'wxt/browser';
import { z } from 'zod';
import { closeTab, openBackgroundTab, waitForTabComplete } from '../browser/tabs';
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

/** A tab whose top document the check may be made from: loaded, shown in the default cookie store, on `origin`. */
async function tabOnOrigin(origin: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: `${origin}/*` }).catch(() => []);
  const usable = tabs.find((tab) => {
    const store = (tab as { cookieStoreId?: string }).cookieStoreId;
    // Private windows and Firefox containers hold other cookies than the ones Signoff watches.
    if (tab.incognito || (store !== undefined && store !== 'firefox-default')) return false;
    if (tab.discarded || tab.status !== 'complete' || tab.pendingUrl || !tab.url || !URL.canParse(tab.url)) return false;
    return new URL(tab.url).origin === origin;
  });
  return usable?.id;
}

/**
 * Asks `url` from a tab of its origin: one already open (the person's page, the sign-out job's tab), or, when
 * `mayOpenTab` (after a sign-out, never just for listing), a background tab opened on the origin's robots.txt — a
 * document of the site without the site's page scripts — and closed again. Undefined: the site could not be asked.
 */
export async function askFromSiteTab(url: string, timeoutMs: number, mayOpenTab: boolean): Promise<CheckResponse | undefined> {
  const deadline = Date.now() + timeoutMs;
  const { origin } = new URL(url);
  let tabId = await tabOnOrigin(origin);
  let opened: number | undefined;
  try {
    if (tabId === undefined) {
      if (!mayOpenTab) return undefined;
      opened = await openBackgroundTab(`${origin}/robots.txt`);
      if (!(await waitForTabComplete(opened, Math.max(0, deadline - Date.now())))) return undefined;
      tabId = opened;
    }
    return await askInTab(tabId, url, origin, deadline);
  } catch {
    return undefined; // The tab went away, the browser refused the injection: the site could not be asked.
  } finally {
    if (opened !== undefined) await closeTab(opened);
  }
}

async function askInTab(tabId: number, url: string, origin: string, deadline: number): Promise<CheckResponse | undefined> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return undefined;
  const results = await Promise.race([
    browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: requestFromPage, args: [url, remaining] }),
    new Promise<undefined>((resolve) => setTimeout(resolve, remaining)),
  ]);
  const [injected] = results ?? [];
  if (!injected || (injected.frameId !== undefined && injected.frameId !== 0)) return undefined;
  const reply = PageReply.safeParse(injected.result);
  if (!reply.success || 'failed' in reply.data || reply.data.origin !== origin) return undefined;
  const { redirected, status, body } = reply.data;
  return { redirected, status, body };
}
