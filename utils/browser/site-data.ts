import { browser, type Browser } from 'wxt/browser';

type RemovalFilter = { origins: string[] } | { hostnames: string[] };
import type { SiteEntry } from '../recipes/schema';
import { removeAllCookies } from './cookies';

/**
 * The fallback: forget the site in this browser (cookies, storage, caches). It does not tell the site anything,
 * so the server may still hold the session; callers must say so.
 */
export async function clearSiteData(site: SiteEntry): Promise<void> {
  await removeAllCookies(site.domain);
  const origins = [site.origin, `https://${site.domain}`];
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
