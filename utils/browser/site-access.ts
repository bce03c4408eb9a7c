import { browser } from 'wxt/browser';

/** The host pattern Signoff needs for a site: every https page of the domain and its subdomains. */
export function siteAccessOrigins(domain: string): string[] {
  return [`https://*.${domain}/*`];
}

/**
 * Whether Signoff may read the site's cookies and run in its pages now. Without it `cookies.getAll` silently
 * leaves the site's cookies out (site access "on click" or "on specific sites", an imported recipe's access
 * taken back), so an empty cookie list would prove nothing: callers must not claim a sign-out or a removal.
 */
export async function hasSiteAccess(domain: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: siteAccessOrigins(domain) });
  } catch {
    return false; // No answer is no access.
  }
}

/** Whether Signoff holds access to every one of these host patterns now (no answer is no access). */
export async function hasOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}
