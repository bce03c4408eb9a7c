import { authCookieNames } from '../browser/cookies';
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

/**
 * After the auth cookies went: they must stay gone while the sign-out page settles. A site can sign the person
 * straight back in (a "keep me signed in" cookie the sign-out left, a page script that re-authenticates), and a
 * moment without cookies is then no sign-out at all. True once the cookies stayed gone for `quietMs` and the page
 * has settled (or `maxMs` passed); false as soon as one comes back.
 */
export async function staysSignedOut(
  site: SiteEntry,
  settled: () => Promise<boolean> = async () => true,
  quietMs = 1_500,
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
