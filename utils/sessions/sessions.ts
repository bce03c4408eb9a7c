import { authCookieNames } from '../browser/cookies';
import { hasSiteAccess } from '../browser/site-access';
import { db } from '../db';
import type { SessionRow } from '../db-schema';
import { builtInRecipes, loadedExtraRecipes, loadExtraRecipes, siteForHost } from '../recipes/registry';
import { answerAloneDecides, mayBeAuthCookie, type Recipe, type SiteEntry } from '../recipes/schema';
import { askSite, checkUnderWay } from '../account-check/ask-site';
import type { SiteAnswer } from '../account-check/read-answer';
import { mayAsk, runLater, type CheckTrigger } from '../account-check/schedule';
import { refreshBadge } from './badge';
import { dropPendingNames, keepPendingName, pendingNameFor } from './pending-names';
import { rowOffers } from './row-offers';

export const sessionId = (recipe: Recipe, site: SiteEntry) => `${recipe.id}:${site.domain}`;

/** What makes Signoff look at a site's session again; 'none' asks only about a session not yet listed. */
export type RefreshTrigger = CheckTrigger | 'none';

/**
 * Brings the stored session of one site in line with the browser and the site. The auth cookies are the trigger:
 * without them there is no session. With them, the site's own answer to its account check decides: signed in
 * (the row names the account the site reports), signed out (no row: a guest with look-alike cookies, or a session
 * the site already ended), or no answer (the row says "not confirmed by the site").
 */
export async function refreshSite(
  recipe: Recipe,
  site: SiteEntry,
  now = Date.now(),
  trigger: RefreshTrigger = 'none',
): Promise<SessionRow | undefined> {
  const id = sessionId(recipe, site);
  // Without access the cookies are invisible, not gone: the session stays as last seen.
  if (!(await hasSiteAccess(site.domain))) return db.sessions.get(id);
  let names = await authCookieNames(site);
  let answer: SiteAnswer | undefined;
  if (names.length > 0 && needsAnswer(await db.sessions.get(id), site, trigger)) {
    answer = await askIfAllowed(recipe, site, trigger === 'none' ? 'cookies' : trigger, now);
    names = await authCookieNames(site); // The cookies may have changed while the site was answering.
  }
  // The name a page showed while this row waited for the site's answer (read here: storage is not IndexedDB).
  const pendingName = await pendingNameFor(id, now);
  const changed = await db.transaction('rw', db.sessions, () => syncSession(recipe, site, names, answer, now, pendingName));
  const row = await db.sessions.get(id);
  // Used by the row now there, or the session ended first: a name seen before a "signed out" belongs to no later session.
  if (pendingName !== undefined && (row || names.length === 0 || answer?.state === 'signed-out')) await dropPendingNames([id]);
  if (changed) await refreshBadge();
  return row;
}

function needsAnswer(existing: SessionRow | undefined, site: SiteEntry, trigger: RefreshTrigger): boolean {
  if (!existing) return true;
  if (trigger === 'popup' || trigger === 'sign-out') return true;
  // Look-alike (or unnamed) cookies change as guests sign in and out: only the site can tell which happened.
  return trigger === 'cookies' && answerAloneDecides(site);
}

/** The site's answer, unless the trigger asked too recently: then a trailing refresh is scheduled and undefined returned. */
async function askIfAllowed(recipe: Recipe, site: SiteEntry, trigger: CheckTrigger, now: number): Promise<SiteAnswer | undefined> {
  if (!recipe.accountCheck) return { state: 'unknown', why: 'no check' };
  const id = sessionId(recipe, site);
  const allowed = await mayAsk(id, trigger, now);
  if (allowed.ok) return askSite(recipe, site, { fresh: trigger === 'sign-out' });
  const underWay = checkUnderWay(recipe, site);
  if (underWay) return underWay; // Asked a moment ago and not answered yet: that answer is this one's too.
  if (trigger === 'cookies') runLater(id, allowed.waitMs, () => refreshSite(recipe, site, Date.now(), 'cookies'));
  return undefined;
}

/**
 * Stores what the cookies and the site's answer say; true when a session came or went. `pendingName`: the name a page
 * showed while the row waited for the site's answer, for a row made now without a name from the site.
 */
async function syncSession(
  recipe: Recipe,
  site: SiteEntry,
  names: string[],
  answer: SiteAnswer | undefined,
  now: number,
  pendingName?: string,
): Promise<boolean> {
  const id = sessionId(recipe, site);
  const existing = await db.sessions.get(id);
  if (names.length === 0 || answer?.state === 'signed-out') {
    if (!existing) return false;
    await db.sessions.delete(id);
    return true;
  }
  const siteCheck = answer && siteCheckOf(answer, now);
  const named = answer?.state === 'signed-in' && answer.accountName ? { accountName: answer.accountName } : {};
  // The row's offers follow the recipe (it may have been imported again, or come from an older version).
  const offers = rowOffers(recipe, site);
  if (existing) {
    await db.sessions.update(id, { cookieNames: names, lastSeenAt: now, ...(siteCheck ? { siteCheck } : {}), ...named, ...offers });
    return false;
  }
  if (!siteCheck) return false; // Not asked yet (asked too recently about a guest): a trailing check will decide.
  await db.sessions.put({
    id,
    recipeId: recipe.id,
    siteName: recipe.name,
    domain: site.domain,
    cookieNames: names,
    signedInAt: now,
    lastSeenAt: now,
    siteCheck,
    // The name the site reports wins; else the one a page showed while this row waited for the site's answer.
    ...(pendingName ? { accountName: pendingName } : {}),
    ...named,
    ...offers,
  });
  return true;
}

function siteCheckOf(answer: Exclude<SiteAnswer, { state: 'signed-out' }>, at: number): NonNullable<SessionRow['siteCheck']> {
  if (answer.state === 'unknown') return { state: 'unconfirmed', at, why: answer.why.slice(0, 100) };
  return { state: 'confirmed', at, ...(answer.accountName ? { named: true } : {}) };
}

/** Called for every cookie change; only auth cookies of recipe sites matter. */
export async function onCookieChanged(cookie: { domain: string; name: string }, removed = false): Promise<void> {
  await loadExtraRecipes(); // A worker woken by this event may not have read the imported recipes yet.
  const match = siteForHost(cookie.domain);
  if (!match || !mayBeAuthCookie(match.site, cookie.name)) return;
  await refreshSite(match.recipe, match.site, Date.now(), removed ? 'none' : 'cookies');
}

/** Rebuilds all sessions from cookies: at install, browser start and service-worker start. */
export async function reconcileAllSites(now = Date.now()): Promise<void> {
  // At a browser start Chromium answers storage.managed (policy recipes) seconds late: the built-in sites, and
  // the badge, do not wait for it.
  const extras = loadExtraRecipes();
  await reconcileSites(builtInRecipes, now);
  await extras;
  await reconcileSites(loadedExtraRecipes(), now);
}

/** Rebuilds the sessions of the imported and policy recipes, once they are (re)loaded: a recipe added while the person
 * is already signed in to its site lists that session at once. */
export async function reconcileExtraSites(now = Date.now()): Promise<void> {
  await reconcileSites(loadedExtraRecipes(), now);
}

async function reconcileSites(recipes: readonly Recipe[], now: number): Promise<void> {
  const all = recipes.flatMap((recipe) => recipe.sites.map((site) => ({ recipe, site })));
  // Without access a site's cookies are invisible, not gone: its session stays as last seen.
  const access = await Promise.all(all.map(({ site }) => hasSiteAccess(site.domain)));
  const sites = all.filter((_, i) => access[i]);
  // Every site's cookies at once, then one transaction: one site after another took seconds at a browser start.
  const names = await Promise.all(sites.map(({ site }) => authCookieNames(site)));
  const known = new Set((await db.sessions.toArray()).map((row) => row.id));
  const toAsk = sites.filter(({ recipe, site }, i) => names[i]!.length > 0 && !known.has(sessionId(recipe, site)));
  await db.transaction('rw', db.sessions, async () => {
    for (const [i, { recipe, site }] of sites.entries()) await syncSession(recipe, site, names[i]!, undefined, now);
  });
  // Sites whose cookies went while no worker ran: a name a page showed before belongs to no later session.
  await dropPendingNames(sites.filter((_, i) => names[i]!.length === 0).map(({ recipe, site }) => sessionId(recipe, site)));
  // Sites with cookies and no row yet: the sites answer side by side, each bounded by its timeout.
  await Promise.all(toAsk.map(({ recipe, site }) => refreshSite(recipe, site, now, 'start')));
  await refreshBadge();
}

/** The popup opened: ask each site whose auth cookies are here again (each at most once a minute). */
export async function recheckSites(now = Date.now()): Promise<void> {
  await loadExtraRecipes();
  const sites = [...builtInRecipes, ...loadedExtraRecipes()].flatMap((recipe) => recipe.sites.map((site) => ({ recipe, site })));
  const names = await Promise.all(sites.map(({ site }) => authCookieNames(site)));
  await Promise.all(sites.filter((_, i) => names[i]!.length > 0).map(({ recipe, site }) => refreshSite(recipe, site, now, 'popup')));
}

/** A page of a recipe site greeted someone by name; `host` comes from the browser, never from the page. */
export async function onPageSignal(host: string, signal: { signedIn: boolean; accountName?: string }): Promise<void> {
  await loadExtraRecipes();
  const match = siteForHost(host);
  if (!match) return;
  const session = await refreshSite(match.recipe, match.site);
  if (!session && signal.signedIn && signal.accountName && (await authCookieNames(match.site)).length > 0) {
    // Cookies but no row: the site's answer is still to come (guests hold look-alike cookies). The name waits for it.
    await keepPendingName(sessionId(match.recipe, match.site), signal.accountName);
    return;
  }
  // The name the site's account check reported wins over a page's greeting.
  if (session?.siteCheck?.named) return;
  if (session && signal.signedIn && signal.accountName && signal.accountName !== session.accountName) {
    await db.sessions.update(session.id, { accountName: signal.accountName });
  }
}
