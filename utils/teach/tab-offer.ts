import { siteOf } from '../core/site-identity';
import { httpsOriginOf } from './tab-link';

/**
 * Teaching Signoff a sign-out from the tab the person is on (issue #15 §1), as pure decisions: when the popup may
 * offer it, and which access recording there needs. Signoff may have no access to the tab's site, so it cannot know
 * whether the person is signed in there: the offer only says "if you are signed in here"; the cookies are looked
 * at once access is granted, when the recording starts.
 */

/** The site a tab shows: its origin ("https://www.school.example"), host and registrable domain. */
export interface TabSite {
  origin: string;
  host: string;
  domain: string;
}

/** The site an https tab shows, if it is anyone's site (not an IP address, a single label or a public suffix). */
export function tabSite(url: string | undefined): TabSite | undefined {
  const origin = httpsOriginOf(url);
  if (!origin) return undefined;
  const host = new URL(origin).hostname;
  const domain = siteOf(host);
  return domain ? { origin, host, domain } : undefined;
}

export interface OfferFacts {
  /** A private window's tab: Signoff keeps out of those. */
  incognito: boolean;
  /** Whether a recipe in force (built-in, policy, imported) covers the host. */
  hasRecipe: (host: string) => boolean;
  /** The domains of the popup's rows: a site with a row is offered on its row, or has a recipe. */
  sessionDomains: readonly string[];
}

/**
 * The site the popup offers "Teach Signoff how to sign out here" for: an https site without a recipe and without a
 * row in the popup (a row of a site without a recipe has the offer on it already).
 */
export function teachOfferFor(url: string | undefined, facts: OfferFacts): TabSite | undefined {
  const site = tabSite(url);
  if (!site || facts.incognito || facts.hasRecipe(site.host)) return undefined;
  return facts.sessionDomains.includes(site.domain) ? undefined : site;
}

/**
 * The access recording in the tab needs: its own host, and the hosts between it and the site's domain, each exactly
 * (no wildcard: never another subdomain, never another site). Cookies the page gets may be stored for a parent
 * ("Domain=.school.example"), and the browser shows an extension a cookie only with access to the host it is
 * stored for; without those the sign-in cookies, and their going away, are invisible.
 */
export function teachTabOrigins(site: Pick<TabSite, 'host' | 'domain'>): string[] {
  if (!site.host.endsWith(`.${site.domain}`)) return [`https://${site.host}/*`];
  const labels = site.host.split('.');
  const depth = site.domain.split('.').length;
  const hosts = labels.slice(0, Math.max(labels.length - depth + 1, 1)).map((_, index) => labels.slice(index).join('.'));
  return hosts.map((host) => `https://${host}/*`);
}
