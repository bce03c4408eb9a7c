import { authCookieNames } from '../browser/cookies';
import { someTabOn } from '../browser/tabs';
import type { SiteEntry } from '../recipes/schema';

/**
 * The site's sign-out is verified when the browser no longer holds any of its auth cookies: the site itself
 * expired them in its sign-out response. What a page *shows* is never enough on its own.
 */
export async function waitUntilSignedOut(
  site: SiteEntry,
  timeoutMs: number,
  /** Ends the wait early: e.g. the sign-out page has loaded and stayed loaded, so no cookie change is coming. */
  givenUp: () => Promise<boolean> = async () => false,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await authCookieNames(site)).length === 0) return true;
    if (Date.now() >= deadline || (await givenUp())) return false;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** How long the auth cookies must stay gone after a sign-out in a page (see staysSignedOut). */
export const QUIET_MS = 1_500;

/**
 * The quiet window catches a page that signs the person straight back in, and that takes a request to the site from
 * a page. After a sign-out by plain request, with no page of the site (or of its related domains) open anywhere,
 * nothing could make one: the window would only add time, so there is none. Otherwise QUIET_MS.
 */
export async function quietWindowMs(byRequest: boolean, domains: readonly string[]): Promise<number> {
  return byRequest && !(await someTabOn(domains)) ? 0 : QUIET_MS;
}

/**
 * After the auth cookies went: they must stay gone while the sign-out page settles. A site can sign the person
 * straight back in (a "keep me signed in" cookie the sign-out left, a page script that re-authenticates), and a
 * moment without cookies is then no sign-out at all. True once the cookies stayed gone for `quietMs` and the page
 * has settled (or `maxMs` passed); false as soon as one comes back.
 */
export async function staysSignedOut(
  site: SiteEntry,
  settled: () => Promise<boolean> = async () => true,
  quietMs = QUIET_MS,
  maxMs = 10_000,
): Promise<boolean> {
  const started = Date.now();
  for (;;) {
    if ((await authCookieNames(site)).length > 0) return false;
    const elapsed = Date.now() - started;
    if (elapsed >= maxMs || (elapsed >= quietMs && (await settled()))) return true;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
