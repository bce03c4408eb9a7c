import { browser, type Browser } from 'wxt/browser';
import type { SiteEntry } from '../recipes/schema';
import { authCookieHosts, removeAllCookies, removeCookiesOfHosts } from './cookies';

type RemovalFilter = { origins: string[] } | { hostnames: string[] };

/**
 * How far the fallback reaches. "site": the recipe's whole domain (a recipe names a site whose subdomains are all
 * its own). "seen-hosts": a site without a recipe, where Signoff only guessed the site: just the host the person
 * signed in on and the hosts its session cookies are stored for, so another host under the same name is left alone.
 */
export type ClearScope = 'site' | 'seen-hosts';

/**
 * The fallback: forget the site in this browser (cookies, storage, caches). It does not tell the site anything,
 * so the server may still hold the session; callers must say so.
 */
export async function clearSiteData(site: SiteEntry, scope: ClearScope = 'site'): Promise<void> {
  let origins: string[];
  if (scope === 'seen-hosts') {
    const hosts = seenHosts(site, await authCookieHosts(site));
    await removeCookiesOfHosts(site.domain, hosts);
    origins = hosts.map((host) => `https://${host}`);
  } else {
    await removeAllCookies(site.domain);
    origins = [site.origin, `https://${site.domain}`];
  }
  // Chrome filters by origins; Firefox by hostnames, and only for cookies, local storage, IndexedDB and service
  // workers (it has no per-site cache storage removal). The polyfill's types know neither filter.
  const filter: RemovalFilter = import.meta.env.FIREFOX
    ? { hostnames: origins.map((origin) => new URL(origin).hostname) }
    : { origins };
  const dataTypes = import.meta.env.FIREFOX
    ? { localStorage: true, indexedDB: true, serviceWorkers: true }
    : { localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true };
  await browser.browsingData.remove(filter as Browser.browsingData.RemovalOptions, dataTypes);
}

/** The hosts a site without a recipe was seen on: where the person signed in, and where its session cookies live. */
export function seenHosts(site: Pick<SiteEntry, 'domain' | 'origin'>, cookieHosts: readonly string[]): string[] {
  const onSite = (host: string) => host === site.domain || host.endsWith(`.${site.domain}`);
  return [...new Set([new URL(site.origin).hostname, ...cookieHosts])].filter(onSite).sort();
}
