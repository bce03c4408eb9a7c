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
