import { browser } from 'wxt/browser';
import { isAuthLikeCookieName } from './cookie-heuristics';

/**
 * Thin adapter over `cookies` for the heuristics: names only, never values. Sees only hosts Signoff has host
 * permission for, which for sites without a recipe means the optional permission the person granted.
 */
export async function authLikeCookieNames(domain: string): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ domain }).catch(() => []);
  return [...new Set(cookies.map((cookie) => cookie.name).filter(isAuthLikeCookieName))].sort();
}
