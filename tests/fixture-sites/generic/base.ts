import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  SessionStore,
  daysFromNow,
  escapeHtml,
  expireCookie,
  parseCookies,
  readForm,
  redirect,
  sendHtml,
  sendText,
  serializeCookie,
  type CookieAttributes,
  type FixtureSite,
} from '../types';

/**
 * A small framework for the generic fixture sites: sites Signoff has no recipe for, each shaped differently.
 * Every site keeps real server-side sessions behind HttpOnly/Secure cookies, signs in through a password form,
 * revokes the session only when its own sign-out is used, and counts every request to its destructive decoy
 * ("Delete account" next to "Sign out") so tests can prove Signoff never pressed it.
 */

export interface GenericUser {
  email: string;
  password: string;
  /** Shown on the site once signed in ("Witaj, Jan", a user name in the header). */
  name: string;
}

/** The one account every generic site knows (the same as the Amazon fixture's first user). */
export const genericUser: GenericUser = { email: 'jan@example.com', password: 'haslo123', name: 'Jan' };

export interface SessionData {
  email: string;
  name: string;
  /** A per-session secret the page may carry (a CSRF token or a sign-out key); never a cookie value. */
  pageKey: string;
}

/** One request's context, handed to the site's own pages and routes. */
export interface Visit {
  url: URL;
  cookies: Map<string, string>;
  setCookies: string[];
  session: SessionData | undefined;
  /** The session cookie's value (the store's key), when signed in. */
  token: string | undefined;
}

export interface AuthCookie {
  name: string;
  /** The cookie holding the session token; the others hold other values and only live alongside it. */
  holdsToken?: boolean;
  attributes: Omit<CookieAttributes, 'expires' | 'maxAge'>;
  /** Persistent for this many days; a browser-session cookie when undefined. */
  days?: number;
}

export interface GenericSiteStats {
  /** Sessions still valid on the server. */
  activeSessions(): { email: string; createdAt: Date }[];
  /** Requests to the destructive decoy (any method): must stay 0. */
  readonly decoyRequests: number;
  /** Requests that ended a session through the site's own sign-out. */
  readonly signOuts: number;
}

export interface GenericFixtureSite extends FixtureSite, GenericSiteStats {
  /** The host people use, e.g. "www.sklep-przyklad.pl". */
  readonly host: string;
  /** The registrable domain Signoff should file the session under. */
  readonly domain: string;
  /** Where the sign-in form is, and its fields' selectors (for tests and the demo). */
  readonly signIn: { path: string; email: string; password: string; submit: string };
}

export interface SiteDefinition {
  name: string;
  host: string;
  domain: string;
  /** Other host names that only redirect to `host` (the bare domain). */
  redirectHosts?: string[];
  lang: string;
  authCookies: AuthCookie[];
  /** Cookies every visitor gets (cart, consent, analytics): never a sign of a session. */
  anonymousCookies?: { name: string; attributes: Omit<CookieAttributes, 'expires' | 'maxAge'>; days?: number }[];
  signIn: GenericFixtureSite['signIn'] & {
    /** Renders the sign-in page; `error` after a wrong password. */
    page(visit: Visit, error: boolean): string;
    /** Field names in the POST body. */
    emailField: string;
    passwordField: string;
    /** Checks the form beyond e-mail and password (a CSRF token); false answers 403. */
    accept?(visit: Visit, form: URLSearchParams): boolean;
  };
  /** The site's own routes; returns false when the path is not one of them. */
  route(req: IncomingMessage, res: ServerResponse, visit: Visit, tools: SiteTools): Promise<boolean> | boolean;
}

/** What a site's routes may do to sessions and counters. */
export interface SiteTools {
  /** Ends the visit's session server-side, expires its cookies, and counts a sign-out. */
  signOut(visit: Visit): void;
  /** Counts a request to the destructive decoy. */
  decoyHit(): void;
}

export const randomToken = (bytes = 24): string => randomBytes(bytes).toString('base64url');

function lifetime(spec: { attributes: Omit<CookieAttributes, 'expires' | 'maxAge'>; days?: number }): CookieAttributes {
  return spec.days === undefined ? spec.attributes : { ...spec.attributes, expires: daysFromNow(spec.days) };
}

export function createGenericSite(def: SiteDefinition): GenericFixtureSite {
  const sessions = new SessionStore<SessionData>();
  const tokenCookie = def.authCookies.find((cookie) => cookie.holdsToken) ?? def.authCookies[0]!;
  let decoyRequests = 0;
  let signOuts = 0;

  const tools: SiteTools = {
    signOut(visit) {
      if (sessions.revoke(visit.token)) signOuts++;
      visit.setCookies.push(...def.authCookies.map((cookie) => expireCookie(cookie.name, cookie.attributes)));
      visit.session = undefined;
      visit.token = undefined;
    },
    decoyHit() {
      decoyRequests++;
    },
  };

  async function handleSignIn(req: IncomingMessage, res: ServerResponse, visit: Visit): Promise<void> {
    const form = await readForm(req);
    if (def.signIn.accept && !def.signIn.accept(visit, form)) {
      sendText(res, 403, 'Forbidden (CSRF)');
      return;
    }
    const email = (form.get(def.signIn.emailField) ?? '').trim().toLowerCase();
    const password = form.get(def.signIn.passwordField) ?? '';
    if (email !== genericUser.email || password !== genericUser.password) {
      sendHtml(res, 200, def.signIn.page(visit, true), visit);
      return;
    }
    const token = sessions.create({ email: genericUser.email, name: genericUser.name, pageKey: randomToken(12) });
    for (const cookie of def.authCookies) {
      visit.setCookies.push(serializeCookie(cookie.name, cookie.holdsToken || cookie === tokenCookie ? token : randomToken(), lifetime(cookie)));
    }
    redirect(res, '/', 303, visit);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.hostname !== def.host) {
      redirect(res, `https://${def.host}${url.pathname}${url.search}`, 301);
      return;
    }
    const cookies = parseCookies(req.headers.cookie);
    const token = cookies.get(tokenCookie.name);
    const session = sessions.get(token)?.data;
    const visit: Visit = { url, cookies, setCookies: [], session, token: session ? token : undefined };
    for (const cookie of def.anonymousCookies ?? []) {
      if (!cookies.has(cookie.name)) visit.setCookies.push(serializeCookie(cookie.name, randomToken(8), lifetime(cookie)));
    }
    if (url.pathname === def.signIn.path && req.method === 'POST') return handleSignIn(req, res, visit);
    if (url.pathname === def.signIn.path) {
      if (visit.session) redirect(res, '/', 302, visit);
      else sendHtml(res, 200, def.signIn.page(visit, false), visit);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      sendText(res, 404, 'no icon');
      return;
    }
    if (await def.route(req, res, visit, tools)) return;
    sendText(res, 404, `Not found: ${url.pathname}`);
  }

  return {
    name: def.name,
    host: def.host,
    domain: def.domain,
    hosts: [def.host, ...(def.redirectHosts ?? [])],
    signIn: { path: def.signIn.path, email: def.signIn.email, password: def.signIn.password, submit: def.signIn.submit },
    handle,
    reset() {
      sessions.clear();
      decoyRequests = 0;
      signOuts = 0;
    },
    activeSessions: () => sessions.list().map(({ data, createdAt }) => ({ email: data.email, createdAt })),
    get decoyRequests() {
      return decoyRequests;
    },
    get signOuts() {
      return signOuts;
    },
  };
}

/** A plain page: doctype, language, title, a little style, header and content. */
export function page(lang: string, title: string, style: string, header: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{margin:0;font:15px/1.5 system-ui,sans-serif}main{padding:20px}form.inline{display:inline}${style}</style></head>
<body>
${header}
<main>
${body}
</main>
</body>
</html>`;
}
