/** Cookie parsing and serialising with every attribute a real site sends. */

export interface CookieAttributes {
  domain?: string;
  path?: string;
  expires?: Date;
  maxAge?: number;
  secure?: boolean;
  httpOnly?: boolean;
  /** Left out when undefined: many real sites send no SameSite, so Chrome applies Lax by default. */
  sameSite?: 'Strict' | 'Lax' | 'None';
}

/** Parses a request's `Cookie` header. The first value wins, as in most servers. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

export function serializeCookie(name: string, value: string, attributes: CookieAttributes = {}): string {
  const parts = [`${name}=${value}`];
  if (attributes.domain !== undefined) parts.push(`Domain=${attributes.domain}`);
  if (attributes.path !== undefined) parts.push(`Path=${attributes.path}`);
  if (attributes.expires !== undefined) parts.push(`Expires=${attributes.expires.toUTCString()}`);
  if (attributes.maxAge !== undefined) parts.push(`Max-Age=${attributes.maxAge}`);
  if (attributes.secure) parts.push('Secure');
  if (attributes.httpOnly) parts.push('HttpOnly');
  if (attributes.sameSite !== undefined) parts.push(`SameSite=${attributes.sameSite}`);
  return parts.join('; ');
}

/**
 * A Set-Cookie that deletes the cookie: an Expires in the past, with the same Domain, Path and Secure
 * as when it was set (a browser matches on them, and may ignore a non-Secure write over a Secure cookie).
 */
export function expireCookie(name: string, attributes: Omit<CookieAttributes, 'expires' | 'maxAge'>): string {
  return serializeCookie(name, '-', { ...attributes, expires: new Date(0) });
}

/** An Expires date `days` from now, for persistent cookies. */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000);
}
