import type { IncomingMessage, ServerResponse } from 'node:http';
import { daysFromNow, delay, parseCookies, redirect, sendText, serializeCookie } from '../types';
import { checkCookieSpecs, ensureAnonymousCookies, signInCookies, signOutCookies } from './cookie-specs';
import { CsrfTokens } from './csrf';
import { pickLanguage } from './language';
import { KitSessions } from './sessions';
import { signInFormFor, signInRoutes } from './sign-in';
import { signOutRoutes } from './sign-out/index';
import { sendNotFound, sendPage, type SiteState } from './state';
import type { KitTexts } from './texts';
import type { FixtureSiteConfig, KitControls, KitRoute, KitSite, PageAt, Visit } from './types';

export const defaultControls = (): KitControls => ({
  signOutRemoved: false,
  responseDelayMs: 0,
  signOutDelayMs: 0,
  menuDelayMs: 300,
  dialogDelayMs: 300,
  hangPaths: [],
  hiddenSessionCookie: undefined,
});

/** Home, account page, sign-in and sign-out: the routes every kit site has. */
function kitRoutes<T extends KitTexts>(site: SiteState<T>): KitRoute<T>[] {
  const { config } = site;
  const home: KitRoute<T>[] = config.home.paths.map((path) => ({
    host: config.home.host,
    path,
    method: 'GET',
    handle: (v) => {
      if (!v.session && config.home.requiresSession) return redirectToSignIn(config, v);
      sendPage(site, v, 200, { title: v.t.siteName, body: config.render.home(v) });
    },
  }));
  const account: KitRoute<T> = {
    host: config.account.host,
    path: config.account.path,
    method: 'GET',
    handle: (v) => {
      if (!v.session) return redirectToSignIn(config, v);
      sendPage(site, v, 200, { title: `${v.t.accountTitle} · ${v.t.siteName}`, body: config.render.account(v, v.session) });
    },
  };
  return [...home, ...signInRoutes(site), account, ...signOutRoutes(site)];
}

/** A page that needs a session sends the visitor to sign-in, with the way back when the site carries one. */
function redirectToSignIn<T extends KitTexts>(config: FixtureSiteConfig<T>, v: Visit<T>): void {
  const { signIn } = config;
  const signInHost = signIn.host ?? config.hosts.main;
  const here = v.url.pathname + v.url.search;
  const back = signInHost === v.host ? here : `https://${v.host}${here}`;
  const query = signIn.returnParam ? `?${signIn.returnParam}=${encodeURIComponent(back)}` : '';
  redirect(v.res, v.href({ host: signIn.host, path: signIn.path + query }), 302, v);
}

/** `controls.hiddenSessionCookie`: a session the site also keeps under a name no recipe knows (see KitControls). */
function keepHiddenSession<T extends KitTexts>(site: SiteState<T>, v: Visit<T>, hiddenOf: Map<string, string>): void {
  const name = site.controls.hiddenSessionCookie;
  if (!name) return;
  const hidden = site.sessions.find(v.cookies.get(name));
  if (!v.session) {
    v.session = hidden;
    return;
  }
  if (hidden) return;
  // One hidden session per signed-in session, however many requests the first page makes at once.
  let token = hiddenOf.get(v.session.token);
  if (!token) {
    const browserId = site.config.cookies.browserId ? v.cookies.get(site.config.cookies.browserId) : undefined;
    token = site.sessions.create(v.session.user, browserId).token;
    hiddenOf.set(v.session.token, token);
  }
  v.setCookies.push(serializeCookie(name, token, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', expires: daysFromNow(30) }));
}

function matches<T extends KitTexts>(route: KitRoute<T>, v: Visit<T>, main: string): boolean {
  if ((route.host ?? main) !== v.host) return false;
  if (route.method && route.method !== v.req.method) return false;
  return typeof route.path === 'string' ? route.path === v.url.pathname : route.path.test(v.url.pathname);
}

/**
 * Builds an "ordinary" fixture site from a config: hosts (and redirecting hosts), languages, users, auth and
 * anonymous cookies, sign-in with server-side sessions, home and account pages, a lazily rendered account menu and
 * one of the sign-out mechanisms. Site-specific pages go in `config.routes` (tried first).
 */
export function defineFixtureSite<T extends KitTexts>(config: FixtureSiteConfig<T>): KitSite<T> {
  checkCookieSpecs(config);
  if (config.signIn.csrfField && !config.cookies.browserId) {
    throw new Error(`${config.name}: signIn.csrfField needs cookies.browserId (the cookie the token is bound to)`);
  }
  const controls = defaultControls();
  const site: SiteState<T> = { config, controls, sessions: new KitSessions(), csrf: new CsrfTokens() };
  const main = config.hosts.main;
  const served = [main, ...(config.hosts.served ?? [])];
  const redirecting = config.hosts.redirectToMain ?? [];
  const routes = [...(config.routes ?? []), ...kitRoutes(site)];
  const hiddenOf = new Map<string, string>();

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await delay(controls.responseDelayMs);
    const host = url.hostname;
    if (redirecting.includes(host)) {
      redirect(res, `https://${main}${url.pathname}${url.search}`, 301);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      sendText(res, 404, 'no icon');
      return;
    }
    const cookies = parseCookies(req.headers.cookie);
    const v: Visit<T> = {
      req,
      res,
      url,
      host,
      ...pickLanguage(config, req, url),
      cookies,
      setCookies: [],
      session: undefined,
      controls,
      href(at: PageAt | string): string {
        if (typeof at === 'string') return at;
        const target = at.host ?? main;
        return target === host ? at.path : `https://${target}${at.path}`;
      },
      sendPage: (status, page) => sendPage(site, v, status, page),
      endSessionsOf(email: string): void {
        for (const session of site.sessions.all()) if (session.user.email === email) site.sessions.end(session);
        if (v.session?.user.email === email) {
          v.setCookies.push(...signOutCookies(config.cookies.auth));
          v.session = undefined;
        }
      },
      sessionsOf: (email) => site.sessions.all().filter((session) => session.user.email === email),
      endSession: (session) => void site.sessions.end(session),
      startSession(user) {
        const session = site.sessions.create(user, config.cookies.browserId ? v.cookies.get(config.cookies.browserId) : undefined);
        v.setCookies.push(...signInCookies(config.cookies.auth, session));
        v.session = session;
        return session;
      },
    };
    if (controls.hangPaths.includes(url.pathname)) {
      await new Promise((resolve) => res.once('close', resolve)); // Never answered; ends when the browser gives up.
      return;
    }
    ensureAnonymousCookies(v, config.cookies.anonymous ?? []);
    v.session = site.sessions.find(cookies.get(config.cookies.session));
    keepHiddenSession(site, v, hiddenOf);
    for (const route of routes) {
      if (!matches(route, v, main)) continue;
      if ((await route.handle(v)) !== false) return;
    }
    sendNotFound(site, v);
  }

  return {
    name: config.name,
    hosts: [...served, ...redirecting],
    config,
    controls,
    users: config.users,
    signInForm: signInFormFor(site),
    handle,
    activeSessions: () => site.sessions.active(),
    signInElsewhere(email, device = 'Chrome on Windows') {
      const user = config.users.find((candidate) => candidate.email === email);
      if (!user) throw new Error(`${config.name}: no user ${email}`);
      return site.sessions.create(user, `elsewhere-${Math.random().toString(36).slice(2)}`, device).token;
    },
    isSessionActive: (token) => site.sessions.find(token) !== undefined,
    reset() {
      Object.assign(controls, defaultControls());
      site.sessions.clear();
      hiddenOf.clear();
      config.hooks?.onReset?.();
    },
  };
}
