import { browser, type Browser } from 'wxt/browser';
import { mayBeAuthCookie, type SiteEntry } from '../recipes/schema';

/** Thin adapter over `cookies`: the only place that reads cookies, and it returns names only, never values. */

/**
 * The names of every cookie stored for the domain and its subdomains (for the heuristics of sites without a recipe).
 * Sees only hosts Signoff has host permission for; nothing when the browser refuses.
 */
export async function cookieNames(domain: string): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ domain }).catch(() => []);
  return [...new Set(cookies.map((cookie) => cookie.name))].sort();
}

/**
 * The names of the cookies the browser sends with a request to `url` (those stored for its host and its parent
 * domains), as far as Signoff's access lets it see them; nothing when the browser refuses.
 */
export async function cookieNamesSentTo(url: string): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ url }).catch(() => []);
  return [...new Set(cookies.map((cookie) => cookie.name))].sort();
}

/** The site's auth cookies present (names only); every cookie of the domain where the recipe knows no name. */
export async function authCookieNames(site: SiteEntry): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ domain: site.domain });
  const names = new Set(cookies.filter((c) => mayBeAuthCookie(site, c.name)).map((c) => c.name));
  return [...names].sort();
}

/** The host a cookie is stored for: "shop.example" for `Domain=.shop.example`, the host itself for a host-only one. */
const cookieHost = (cookie: Browser.cookies.Cookie) => cookie.domain.replace(/^\./, '').toLowerCase();

/** The hosts the site's auth cookies are stored for (names and hosts only). */
export async function authCookieHosts(site: SiteEntry): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ domain: site.domain });
  return [...new Set(cookies.filter((c) => mayBeAuthCookie(site, c.name)).map(cookieHost))].sort();
}

function cookieUrl(cookie: Browser.cookies.Cookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${cookie.domain.replace(/^\./, '')}${cookie.path}`;
}

const removeCookie = (cookie: Browser.cookies.Cookie) =>
  browser.cookies.remove({ url: cookieUrl(cookie), name: cookie.name, storeId: cookie.storeId });

/** Removes every cookie of the domain and its subdomains from this browser. */
export async function removeAllCookies(domain: string): Promise<void> {
  const cookies = await browser.cookies.getAll({ domain });
  await Promise.all(cookies.map(removeCookie));
}

/** Removes the cookies stored for exactly these hosts (under `domain`), not those of their other subdomains. */
export async function removeCookiesOfHosts(domain: string, hosts: readonly string[]): Promise<void> {
  const wanted = new Set(hosts);
  const cookies = await browser.cookies.getAll({ domain });
  await Promise.all(cookies.filter((cookie) => wanted.has(cookieHost(cookie))).map(removeCookie));
}
