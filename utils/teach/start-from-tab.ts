import { db } from '../db';
import { getTab } from '../browser/tab-state';
import { hasOrigins } from '../browser/site-access';
import { cookieNamesSentTo } from '../browser/cookies';
import { checkTabSite } from '../jobs/tab-guard';
import { CommandError } from '../messaging/command-error';
import { siteForHost } from '../recipes/registry';
import { isAuthLikeCookieName } from '../generic/cookie-heuristics';
import { genericSessionId } from '../generic/generic-sessions';
import { tabSite, teachOfferFor, teachTabOrigins, type TabSite } from './tab-offer';
import { beginRecording, newRecording } from './teach-recording';

/**
 * Teaching a sign-out from the tab the person is on (issue #15 §1), the background's side. The popup names the tab
 * and the origin it showed; between the popup and the press on "Start recording" the tab may have gone anywhere, so
 * every step asks again that the tab still shows that origin, and recording needs access to that site's hosts only.
 */

/** The tab, if it still shows `origin` (its committed address exactly, and any address it is loading on its host). */
async function tabStillOn(tabId: number, origin: string): Promise<{ site: TabSite; url: string }> {
  const site = tabSite(origin);
  const tab = await getTab(tabId);
  if (!site || site.origin !== origin || !tab?.url || tab.incognito) throw new CommandError('teachTabLeftSite');
  const check = await checkTabSite(tabId, [site.host]);
  if (!check.onSite || tabSite(tab.url)?.origin !== origin) throw new CommandError('teachTabLeftSite');
  return { site, url: tab.url };
}

const hasRecipe = (host: string) => siteForHost(host) !== undefined;

/** Whether the popup may offer teaching for the tab; throws the reason it may not. */
export async function checkTeachOffer(tabId: number, origin: string): Promise<void> {
  const { url } = await tabStillOn(tabId, origin);
  const sessionDomains = (await db.sessions.toArray()).map((row) => row.domain);
  if (!teachOfferFor(url, { incognito: false, hasRecipe, sessionDomains })) throw new CommandError('teachNotOffered');
}

/** Starts recording in the tab, which must still show `origin`, once Signoff has access to that site's hosts. */
export async function startTeachingTab(tabId: number, origin: string, now = Date.now()): Promise<void> {
  const { site, url } = await tabStillOn(tabId, origin);
  if (hasRecipe(site.host)) throw new CommandError('teachHasRecipe');
  if (!(await hasOrigins(teachTabOrigins(site)))) throw new CommandError('reasonNoSiteAccess');
  // Now the cookies can be seen: names only, those the page gets that look like a sign-in.
  const sessionCookies = (await cookieNamesSentTo(url)).filter(isAuthLikeCookieName);
  if (!sessionCookies.length) throw new CommandError('teachNoSignIn');
  const start = { sessionId: genericSessionId(site.domain), domain: site.domain, origin, siteName: site.host, tabId, startUrl: url, sessionCookies };
  await beginRecording(newRecording(start, now), true);
}
