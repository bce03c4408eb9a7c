import type { SiteEntry } from '../recipes/schema';
import { waitUntilSignedOut } from './verify';

const REQUEST_VERIFY_MS = 3_000;

/**
 * GETs a sign-out URL from the extension itself. Browsers attach the site's cookies to requests from an
 * extension that holds the site's host permission and apply the Set-Cookie headers of the answer, so a site that
 * signs out on a plain GET is signed out without opening a tab. Verified by the cookies, like every method.
 */
export async function signOutByRequest(url: string, site: SiteEntry, verifyMs = REQUEST_VERIFY_MS): Promise<boolean> {
  const answered = await fetch(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' }).then(
    (response) => response.ok || response.redirected,
    () => false,
  );
  return answered && waitUntilSignedOut(site, verifyMs);
}
