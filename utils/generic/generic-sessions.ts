import { cookieNames } from '../browser/cookies';
import { db } from '../db';
import type { SessionRow } from '../db-schema';
import { loadSettings } from '../policy';
import { Domain } from '../recipes/schema';
import { siteForHost } from '../recipes/registry';
import { refreshBadge } from '../sessions/badge';
import { siteOf } from '../core/site-identity';
import { isAuthLikeCookieName } from './cookie-heuristics';
import { LOGIN_WINDOW_MS, recordAuthCookieSet, recordPasswordSubmit } from './login-signals';

/** The auth-like cookie names of a domain (names only, through the one cookie reader). */
const authLikeCookieNames = async (domain: string) => (await cookieNames(domain)).filter(isAuthLikeCookieName);

/**
 * Sessions on sites without a recipe, found by heuristics and only while the person has turned "detect other
 * sites" on (and granted the optional host permission it needs). A session is recorded when
 * - auth-like cookies (by name) appear within a minute after a password form was submitted on the site, or
 * - a page of the site shows a sign-out control (per the generic finder) while auth-like cookies exist.
 * Rows look like recipe sessions, with recipeId "generic", the site's registrable domain, the origin the person
 * used, the cookie names seen, and detectedBy "heuristics".
 */

export const GENERIC_RECIPE_ID = 'generic';
export const genericSessionId = (domain: string): string => `${GENERIC_RECIPE_ID}:${domain}`;

/** At most this many cookie names are remembered per session (the recipe schema's limit for auth cookies). */
const MAX_COOKIE_NAMES = 20;

interface GenericSite {
  domain: string;
  origin: string;
  host: string;
}

/** An https page on a named host no recipe covers (recipe sites have their own, exact detection). */
export function genericSiteFor(url: string): GenericSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || siteForHost(parsed.hostname)) return undefined;
  // On the Public Suffix List: alice.github.io and bob.github.io are two sites; an IP address or a suffix is none.
  const domain = siteOf(parsed.hostname);
  if (!domain || !Domain.safeParse(domain).success) return undefined;
  return { domain, origin: parsed.origin, host: parsed.hostname };
}

/**
 * One heuristic event at a time: a sign-in response sets several cookies at once, and the second must see the
 * session the first one created.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

async function detectionEnabled(): Promise<boolean> {
  return (await loadSettings()).detectOtherSites;
}

async function hasUnfinishedJob(sessionId: string): Promise<boolean> {
  return (await db.jobs.where('sessionId').equals(sessionId).filter((job) => job.phase !== 'done').count()) > 0;
}

/** Creates the session, or adds names to one that started within the last minute (the same sign-in). */
async function recordSession(site: GenericSite, names: readonly string[], now: number): Promise<void> {
  if (names.length === 0) return;
  const id = genericSessionId(site.domain);
  const created = await db.transaction('rw', db.sessions, async () => {
    const existing = await db.sessions.get(id);
    if (existing) {
      const sameSignIn = now - existing.signedInAt <= LOGIN_WINDOW_MS;
      const cookieNames = sameSignIn ? [...new Set([...existing.cookieNames, ...names])].sort() : existing.cookieNames;
      await db.sessions.update(id, { cookieNames: cookieNames.slice(0, MAX_COOKIE_NAMES), lastSeenAt: now });
      return false;
    }
    const row: SessionRow = {
      id,
      recipeId: GENERIC_RECIPE_ID,
      siteName: site.host,
      domain: site.domain,
      origin: site.origin,
      cookieNames: [...new Set(names)].sort().slice(0, MAX_COOKIE_NAMES),
      signedInAt: now,
      lastSeenAt: now,
      detectedBy: 'heuristics',
    };
    await db.sessions.put(row);
    return true;
  });
  if (created) await refreshBadge();
}

/** The detector saw a password form submitted in this tab (`tabUrl` comes from the browser, not the page). */
export function onPasswordSubmitted(tabUrl: string, now = Date.now()): Promise<void> {
  return serially(async () => {
    const site = genericSiteFor(tabUrl);
    if (!site || !(await detectionEnabled())) return;
    const setJustBefore = await recordPasswordSubmit(site.domain, site.origin, now);
    await recordSession(site, setJustBefore, now);
  });
}

/** The detector saw a sign-out control on this tab's page: the site shows a signed-in account. */
export function onAccountSignals(tabUrl: string, now = Date.now()): Promise<void> {
  return serially(async () => {
    const site = genericSiteFor(tabUrl);
    if (!site || !(await detectionEnabled())) return;
    const existing = await db.sessions.get(genericSessionId(site.domain));
    if (existing) {
      await db.sessions.update(existing.id, { lastSeenAt: now });
      return;
    }
    await recordSession(site, await authLikeCookieNames(site.domain), now);
  });
}

export interface CookieChange {
  removed: boolean;
  /** "overwrite" removals are followed at once by the new cookie: not a sign-out. */
  cause?: string;
  cookie: { domain: string; name: string };
}

/** Every cookie change: auth-like cookies on sites without a recipe feed the heuristics. */
export async function onGenericCookieChanged(change: CookieChange, now = Date.now()): Promise<void> {
  // Cheap checks first and outside the queue: most cookie changes on the web are not auth-like.
  if (!isAuthLikeCookieName(change.cookie.name)) return;
  const site = genericSiteFor(`https://${change.cookie.domain.replace(/^\./, '')}/`);
  if (!site) return;
  return serially(() => cookieChanged(site, change, now));
}

async function cookieChanged(site: GenericSite, { removed, cause, cookie }: CookieChange, now: number): Promise<void> {
  const id = genericSessionId(site.domain);
  if (removed) {
    if (cause !== 'overwrite' && (await db.sessions.get(id))) await refreshGenericSession(site.domain, now);
    return;
  }
  if (!(await detectionEnabled())) return;
  const submittedOn = await recordAuthCookieSet(site.domain, cookie.name, now);
  if (submittedOn) {
    await recordSession({ ...site, origin: submittedOn, host: new URL(submittedOn).hostname }, [cookie.name], now);
  } else if (await db.sessions.get(id)) {
    // More cookies of the same sign-in (the response sets several), or the site refreshing one later.
    await recordSession(site, [cookie.name], now);
  }
}

/**
 * Brings a generic session in line with the cookie jar: it lasts while any of its recorded cookies does. While
 * a sign-out job runs for it the row stays (the job needs it to verify and to resume); the job's end refreshes it.
 */
export async function refreshGenericSession(domain: string, now = Date.now()): Promise<void> {
  const id = genericSessionId(domain);
  const session = await db.sessions.get(id);
  if (!session) return;
  const present = new Set(await authLikeCookieNames(domain));
  const left = session.cookieNames.filter((name) => present.has(name));
  if (left.length > 0) {
    await db.sessions.update(id, { cookieNames: left, lastSeenAt: now });
    return;
  }
  if (await hasUnfinishedJob(id)) return;
  await db.sessions.delete(id);
  await refreshBadge();
}

/** At install, browser start and worker start: drop generic sessions whose cookies are gone, or all of them when detection is off. */
export async function reconcileGenericSessions(): Promise<void> {
  const sessions = await db.sessions.where('recipeId').equals(GENERIC_RECIPE_ID).toArray();
  if (sessions.length === 0) return;
  if (!(await detectionEnabled())) {
    await forgetGenericSessions();
    return;
  }
  for (const session of sessions) await refreshGenericSession(session.domain);
}

/** Detection was turned off: Signoff no longer watches those sites, so it stops listing them. */
export async function forgetGenericSessions(): Promise<void> {
  const ids = (await db.sessions.where('recipeId').equals(GENERIC_RECIPE_ID).toArray()).map((s) => s.id);
  const idle: string[] = [];
  for (const id of ids) if (!(await hasUnfinishedJob(id))) idle.push(id);
  if (idle.length === 0) return;
  await db.sessions.bulkDelete(idle);
  await refreshBadge();
}
