import { browser, type Browser } from 'wxt/browser';
import type { SiteEntry } from '../recipes/schema';

/** Thin adapter over `cookies`: the only place that reads cookies, and it returns names only, never values. */

export async function authCookieNames(site: SiteEntry): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ domain: site.domain });
  const names = new Set(cookies.filter((c) => site.authCookies.includes(c.name)).map((c) => c.name));
  return [...names].sort();
}

function cookieUrl(cookie: Browser.cookies.Cookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${cookie.domain.replace(/^\./, '')}${cookie.path}`;
}

/** Removes every cookie of the domain and its subdomains from this browser. */
export async function removeAllCookies(domain: string): Promise<void> {
  const cookies = await browser.cookies.getAll({ domain });
  await Promise.all(
    cookies.map((cookie) => browser.cookies.remove({ url: cookieUrl(cookie), name: cookie.name, storeId: cookie.storeId })),
  );
}
