import { authCookieNames } from '../browser/cookies';
import { someTabOn } from '../browser/tabs';
import { answerAloneDecides, cannotBeVerified, type Recipe, type SiteEntry } from '../recipes/schema';
import { askSite, checkKey } from '../account-check/ask-site';
import type { SiteAnswer } from '../account-check/read-answer';
import { mayAsk } from '../account-check/schedule';

/**
 * The first half of verification: the browser no longer holds any of the site's auth cookies (the site itself
 * expired them in its sign-out response). The second half is the site's own answer (verifySignOut below).
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
    await new Promise((resolve) => setTimeout(resolve, COOKIE_POLL_MS));
  }
}

/**
 * How often the cookies are looked at while a sign-out lands. Reading a site's cookie names is cheap, and every
 * step of this is time the verified result waits for (docs/benchmarks.md).
 */
const COOKIE_POLL_MS = 40;

/** How long the auth cookies must stay gone after a sign-out in a page (see staysSignedOut). */
export const QUIET_MS = 1_500;

/**
 * The quiet window catches a page that signs the person straight back in, and that takes a request to the site from
 * a page. Once the sign-out has landed Signoff closes its own sign-out tab (sign-out-job.ts), and a sign-out by plain
 * request opens none; with no other page of the site (or of its related domains) open anywhere, nothing could make
 * such a request: the window would only add time, so there is none. What the browser still holds that could sign
 * the person back in (a remember-me cookie) goes with the account check, which carries every cookie. Otherwise
 * QUIET_MS.
 */
export async function quietWindowMs(domains: readonly string[]): Promise<number> {
  return (await someTabOn(domains)) ? QUIET_MS : 0;
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
    await new Promise((resolve) => setTimeout(resolve, COOKIE_POLL_MS));
  }
}

/** How a sign-out ended, as the browser's cookies and the site's own answer show it. */
export type SignOutVerdict =
  /** Auth cookies gone (and stayed gone) and the site answers "signed out". */
  | 'verified'
  /** The site's sign-out did not take: its auth cookies stayed (or, for look-alike cookies, it kept answering signed in). */
  | 'not-signed-out'
  /** The cookies went and came back: something signed the person straight back in. */
  | 'signed-back-in'
  /** The cookies went, but the site still answers "signed in": the session lives on in something else. */
  | 'site-signed-in'
  /** The cookies went, but the site could not be asked (no check, offline, no answer in time). */
  | 'site-not-asked'
  /** The site is not modelled: nothing Signoff can observe tells whether its own sign-out worked. */
  | 'cannot-verify';

/** After the cookies went, the site is asked until it says "signed out", for this long (it may end the session a moment late). */
const ASK_AFTER_SIGN_OUT_MS = 2_500;
/**
 * After a sign-out the site's answer is worth a longer wait than when listing (CHECK_TIMEOUT_MS): a slow site that
 * took 10 s per page to sign out answers its check as slowly, and the job is bounded by its own deadline anyway.
 */
const ASK_TIMEOUT_AFTER_SIGN_OUT_MS = 15_000;
const ASK_INTERVAL_MS = 500;

/**
 * "Signed out (verified)" needs two things: the auth cookies gone (and staying gone while an open page could sign
 * the person back in), and the site answering its account check as signed out. A site whose auth cookie names guests
 * get too (`guestsGetAuthCookies`), or whose names no source gives (`sessionCookiesUnknown`), has no cookie half: its
 * answer alone decides, asked until `waitMs` passes.
 */
export async function verifySignOut(
  recipe: Recipe,
  site: SiteEntry,
  options: {
    waitMs: number;
    /**
     * Called once the auth cookies are gone, i.e. the site's own sign-out has landed (the job closes its sign-out tab
     * here); answers how long the cookies must then stay gone (quietWindowMs). Not called for a site whose guests get
     * the auth cookies: nothing shows that its sign-out has landed.
     */
    landed: () => Promise<number>;
    /** The sign-out page has loaded and stayed loaded; `giveUpWhenSettled: false` keeps waiting the full `waitMs` anyway. */
    settled?: () => Promise<boolean>;
    giveUpWhenSettled?: boolean;
  },
): Promise<SignOutVerdict> {
  if (cannotBeVerified(site)) {
    // The bank's own sign-out was pressed: let its page finish (the request that ends the session) before the
    // fallback removes the site from this browser. Nothing here can say "signed out".
    await untilSettled(options.settled, options.waitMs);
    return 'cannot-verify';
  }
  if (answerAloneDecides(site)) {
    // No cookie shows when the sign-out has landed: the sign-out page stays open until the job ends.
    const answer = await askUntilSignedOut(recipe, site, options.waitMs);
    return answer === 'signed-out' ? 'verified' : answer === 'signed-in' ? 'not-signed-out' : 'site-not-asked';
  }
  const givenUp = options.giveUpWhenSettled === false ? undefined : options.settled;
  if (!(await waitUntilSignedOut(site, options.waitMs, givenUp))) return 'not-signed-out';
  const quietMs = await options.landed();
  if (!(await staysSignedOut(site, options.settled, quietMs))) return 'signed-back-in';
  const answer = await askUntilSignedOut(recipe, site, ASK_AFTER_SIGN_OUT_MS);
  if (answer !== 'signed-in') return answer === 'signed-out' ? 'verified' : 'site-not-asked';
  // A site that answers its check by starting a new session (a remember-me cookie the sign-out left, honoured on
  // any request) gives the auth cookies back with its answer: that is being signed straight back in.
  return (await authCookieNames(site)).length > 0 ? 'signed-back-in' : 'site-signed-in';
}

/** Waits until the sign-out page has loaded and stayed loaded (at once without a page), at most `maxMs`. */
async function untilSettled(settled: (() => Promise<boolean>) | undefined, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (settled && Date.now() < deadline && !(await settled())) await new Promise((resolve) => setTimeout(resolve, COOKIE_POLL_MS));
}

/** Asks the site (fresh answers only) until it says "signed out" or `windowMs` has passed; its last answer. */
export async function askUntilSignedOut(recipe: Recipe, site: SiteEntry, windowMs: number): Promise<SiteAnswer['state']> {
  const deadline = Date.now() + windowMs;
  for (;;) {
    await mayAsk(checkKey(recipe, site), 'sign-out');
    // A site Signoff may not request itself is asked from a tab of its own, opened in the background if none is.
    const answer = await askSite(recipe, site, { fresh: true, timeoutMs: ASK_TIMEOUT_AFTER_SIGN_OUT_MS, mayOpenTab: true });
    // Only "signed in" is asked again (the site may end the session a moment late); no answer is no answer.
    if (answer.state !== 'signed-in' || Date.now() + ASK_INTERVAL_MS >= deadline) return answer.state;
    await new Promise((resolve) => setTimeout(resolve, ASK_INTERVAL_MS));
  }
}
