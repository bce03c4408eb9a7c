import { delay, watchAbort } from '../../types';
import { signOutCookies } from '../cookie-specs';
import type { SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { Visit } from '../types';

/**
 * What every mechanism does once the sign-out is genuine: (after `signOutDelayMs`, unless the browser gave up
 * meanwhile) revoke the session server-side — or every session of this browser — and expire the auth cookies
 * with the attributes they were set with. `respond` then sends the answer (redirect, page or JSON).
 */
export async function endSession<T extends KitTexts>(site: SiteState<T>, v: Visit<T>, respond: () => void): Promise<void> {
  const aborted = watchAbort(v.res);
  await delay(site.controls.signOutDelayMs);
  if (aborted()) return; // The browser left before the server acted: nothing happened.
  const revoked = site.sessions.end(v.session, site.config.signOut.endsAllAccounts);
  site.config.hooks?.onSignOut?.(v, revoked);
  v.setCookies.push(...signOutCookies(site.config.cookies.auth));
  v.session = undefined;
  respond();
}
