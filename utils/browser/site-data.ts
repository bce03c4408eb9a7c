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
  const dataTypes = { localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true };
  // Chrome filters by origins; Firefox by hostnames and only for some data types. The polyfill's types know neither.
  const filter: RemovalFilter = import.meta.env.FIREFOX
    ? { hostnames: origins.map((origin) => new URL(origin).hostname) }
    : { origins };
  await browser.browsingData.remove(filter as Browser.browsingData.RemovalOptions, import.meta.env.FIREFOX ? { localStorage: true } : dataTypes);
}
