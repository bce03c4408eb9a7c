import { authCookieNames } from '../browser/cookies';
import { hasSiteAccess } from '../browser/site-access';
import { db } from '../db';
import type { SessionRow } from '../db-schema';
import { builtInRecipes, loadedExtraRecipes, loadExtraRecipes, siteForHost } from '../recipes/registry';
import type { Recipe, SiteEntry } from '../recipes/schema';
import { refreshBadge } from './badge';

export const sessionId = (recipe: Recipe, site: SiteEntry) => `${recipe.id}:${site.domain}`;

/**
 * Brings the stored session of one site in line with the browser's cookies, which are the truth: a session
 * exists while any of the site's auth cookies does.
 */
export async function refreshSite(recipe: Recipe, site: SiteEntry, now = Date.now()): Promise<SessionRow | undefined> {
  // Without access the cookies are invisible, not gone: the session stays as last seen.
  if (!(await hasSiteAccess(site.domain))) return db.sessions.get(sessionId(recipe, site));
  const names = await authCookieNames(site);
  const changed = await db.transaction('rw', db.sessions, () => syncSession(recipe, site, names, now));
  if (changed) await refreshBadge();
  return db.sessions.get(sessionId(recipe, site));
}

/** Stores what `names` (the site's auth cookies now) say about its session; true when a session came or went. */
async function syncSession(recipe: Recipe, site: SiteEntry, names: string[], now: number): Promise<boolean> {
  const id = sessionId(recipe, site);
  const existing = await db.sessions.get(id);
  if (names.length === 0) {
    if (!existing) return false;
    await db.sessions.delete(id);
    return true;
  }
  if (existing) {
    await db.sessions.update(id, { cookieNames: names, lastSeenAt: now });
    return false;
  }
  await db.sessions.put({
    id,
    recipeId: recipe.id,
    siteName: recipe.name,
    domain: site.domain,
    cookieNames: names,
    signedInAt: now,
    lastSeenAt: now,
  });
  return true;
}

/** Called for every cookie change; only auth cookies of recipe sites matter. */
export async function onCookieChanged(cookie: { domain: string; name: string }): Promise<void> {
  await loadExtraRecipes(); // A worker woken by this event may not have read the imported recipes yet.
  const match = siteForHost(cookie.domain);
  if (!match || !match.site.authCookies.includes(cookie.name)) return;
  await refreshSite(match.recipe, match.site);
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

async function reconcileSites(recipes: readonly Recipe[], now: number): Promise<void> {
  const all = recipes.flatMap((recipe) => recipe.sites.map((site) => ({ recipe, site })));
  // Without access a site's cookies are invisible, not gone: its session stays as last seen.
  const access = await Promise.all(all.map(({ site }) => hasSiteAccess(site.domain)));
  const sites = all.filter((_, i) => access[i]);
  // Every site's cookies at once, then one transaction: one site after another took seconds at a browser start.
  const names = await Promise.all(sites.map(({ site }) => authCookieNames(site)));
  await db.transaction('rw', db.sessions, async () => {
    for (const [i, { recipe, site }] of sites.entries()) await syncSession(recipe, site, names[i]!, now);
  });
  await refreshBadge();
}

/** A page of a recipe site greeted someone by name; `host` comes from the browser, never from the page. */
export async function onPageSignal(host: string, signal: { signedIn: boolean; accountName?: string }): Promise<void> {
  await loadExtraRecipes();
  const match = siteForHost(host);
  if (!match) return;
  const session = await refreshSite(match.recipe, match.site);
  if (session && signal.signedIn && signal.accountName && signal.accountName !== session.accountName) {
    await db.sessions.update(session.id, { accountName: signal.accountName });
  }
}
