import { authCookieNames } from '../browser/cookies';
import { workerMayConnect } from '../recipes/match-patterns';
import type { SiteEntry } from '../recipes/schema';
import { waitUntilSignedOut } from './verify';

const REQUEST_VERIFY_MS = 3_000;
/** A site that accepts the connection and never answers must not hold the job: give up on the GET after this. */
export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * GETs a sign-out URL from the extension itself. Browsers attach the site's cookies to requests from an
 * extension that holds the site's host permission and apply the Set-Cookie headers of the answer, so a site that
 * signs out on a plain GET is signed out without opening a tab. Verified by the cookies, like every method.
 * Only built-in recipe sites: the extension may connect to no other host (`connect-src`), so an imported or policy
 * recipe's sign-out URL is opened in the job's tab instead (false here).
 */
export async function signOutByRequest(url: string, site: SiteEntry, verifyMs = REQUEST_VERIFY_MS): Promise<boolean> {
  if (!workerMayConnect(url)) return false;
  const signedInAtStart = (await authCookieNames(site)).length > 0;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  let over = false;
  const answered = fetch(url, { credentials: 'include', redirect: 'follow', cache: 'no-store', signal: controller.signal })
    .then(
      (response) => response.ok || response.redirected,
      () => false,
    )
    .finally(() => {
      clearTimeout(timer);
      over = true;
    });
  // The sign-out has landed once the site's answer expired the auth cookies, usually at the first answer, before the
  // page it redirects to: the rest of the chain is left to finish on its own. Cookies already gone when the
  // request started prove nothing, so then only the request's own end counts.
  if (signedInAtStart && (await waitUntilSignedOut(site, REQUEST_TIMEOUT_MS, async () => over))) return true;
  return (await answered) && waitUntilSignedOut(site, verifyMs);
}
