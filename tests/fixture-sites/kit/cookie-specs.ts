import { randomBytes } from 'node:crypto';
import { daysFromNow, expireCookie, serializeCookie, type CookieAttributes } from '../types';
import type { KitTexts } from './texts';
import type { AnonymousCookieSpec, AuthCookieSpec, FixtureSiteConfig, KitSession, Visit } from './types';

/** The attributes a spec names (Domain, Path, Secure, HttpOnly, SameSite), Path defaulting to "/". */
function scope(spec: AuthCookieSpec | AnonymousCookieSpec): Omit<CookieAttributes, 'expires' | 'maxAge'> {
  return { domain: spec.domain, path: spec.path ?? '/', secure: spec.secure, httpOnly: spec.httpOnly, sameSite: spec.sameSite };
}

function withLifetime(spec: AuthCookieSpec | AnonymousCookieSpec): CookieAttributes {
  return spec.days === undefined ? scope(spec) : { ...scope(spec), expires: daysFromNow(spec.days) };
}

export const randomCookieValue = (): string => randomBytes(18).toString('base64url');

/**
 * Refuses cookie specs a browser would drop silently, so a fixture cannot "work" with cookies Chromium never
 * stores: `__Host-` needs Secure, Path=/ and no Domain; `__Secure-` needs Secure; SameSite=None needs Secure.
 */
export function checkCookieSpecs<T extends KitTexts>(config: FixtureSiteConfig<T>): void {
  const all = [...config.cookies.auth, ...(config.cookies.anonymous ?? [])];
  for (const spec of all) {
    const where = `${config.name}: cookie ${spec.name}`;
    if (spec.name.startsWith('__Host-') && (!spec.secure || spec.domain !== undefined || (spec.path ?? '/') !== '/')) {
      throw new Error(`${where}: a __Host- cookie must be Secure, Path=/ and have no Domain`);
    }
    if (spec.name.startsWith('__Secure-') && !spec.secure) throw new Error(`${where}: a __Secure- cookie must be Secure`);
    if (spec.sameSite === 'None' && !spec.secure) throw new Error(`${where}: SameSite=None needs Secure`);
  }
  const session = config.cookies.auth.find((spec) => spec.name === config.cookies.session);
  if (session?.value !== 'session-token') {
    throw new Error(`${config.name}: cookies.session must name an auth cookie whose value is 'session-token'`);
  }
  const browserId = config.cookies.browserId;
  if (browserId && !config.cookies.anonymous?.some((spec) => spec.name === browserId)) {
    throw new Error(`${config.name}: cookies.browserId must name an anonymous cookie`);
  }
}

/** Gives a visitor the anonymous cookies they lack; the new values count as sent from here on. */
export function ensureAnonymousCookies<T extends KitTexts>(v: Visit<T>, specs: readonly AnonymousCookieSpec[]): void {
  for (const spec of specs) {
    if (v.cookies.has(spec.name)) continue;
    const value = spec.value === 'random' ? randomCookieValue() : spec.value();
    v.cookies.set(spec.name, value);
    v.setCookies.push(serializeCookie(spec.name, value, withLifetime(spec)));
  }
}

function authValue(spec: AuthCookieSpec, session: KitSession): string {
  if (spec.value === 'session-token') return session.token;
  if (spec.value === 'csrf-token') return session.csrf;
  if (spec.value === 'random') return randomCookieValue();
  return spec.value(session);
}

/** The Set-Cookie headers of a successful sign-in. */
export function signInCookies(specs: readonly AuthCookieSpec[], session: KitSession): string[] {
  return specs.map((spec) => serializeCookie(spec.name, authValue(spec, session), withLifetime(spec)));
}

/**
 * The Set-Cookie headers of a sign-out: each auth cookie expired with the same Domain, Path and Secure it was set
 * with (else the browser keeps it), or overwritten with its signed-out value.
 */
export function signOutCookies(specs: readonly AuthCookieSpec[]): string[] {
  return specs.flatMap((spec) => {
    const action = spec.onSignOut ?? 'expire';
    if (action === 'keep') return [];
    if (action === 'expire') return [expireCookie(spec.name, scope(spec))];
    return [serializeCookie(spec.name, action.value, withLifetime(spec))];
  });
}
