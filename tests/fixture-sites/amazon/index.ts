import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  SessionStore,
  daysFromNow,
  delay,
  expireCookie,
  parseCookies,
  readForm,
  redirect,
  sendHtml,
  sendText,
  serializeCookie,
  watchAbort,
  type FixtureSite,
} from '../types';
import { createAmazonGuideFlows, type AmazonGuideFlows, type GuideVisit } from './guide-pages';
import { createAmazonFaults, defaultFaultControls, type AmazonFaultControls } from './faults';
import { signInHref } from './links';
import { authCookieNames, marketplaceForHost, marketplaces, type Marketplace } from './marketplaces';
import type { NavState } from './nav';
import { accountPage, homePage, notFoundPage, signInEmailPage, signInPasswordPage } from './pages';
import { RememberedAccounts } from './remembered';
import { REMOVE_ACCOUNT_PATH, SWITCH_ACCOUNT_PATH, accountPickerPage } from './switcher-page';
import { findUser } from './users';

export { authCookieNames, marketplaces } from './marketplaces';
export { amazonUsers } from './users';

/** Misbehaviour switches a test flips (the fault matrix's are in faults.ts); reset() puts them back. */
export interface AmazonControls extends AmazonFaultControls {
  /**
   * The site "changed": the flyout has no sign-out link and /gp/flex/sign-out.html answers 404
   * without revoking anything, so the site's own sign-out cannot be driven at all.
   */
  signOutRemoved: boolean;
  /** How long after the pointer enters "Account & Lists" the flyout appears. */
  flyoutDelayMs: number;
  /** Delay before every response. */
  responseDelayMs: number;
  /**
   * Delay before the sign-out is processed. If the browser abandons the request meanwhile (tab closed,
   * navigation replaced, browser killed), the sign-out is dropped: nothing is revoked.
   */
  signOutDelayMs: number;
  /**
   * Which site the browser gets: 'desktop' (greeting in "Account & Lists", sign-out in the hover flyout) or
   * 'mobile' (greeting `#nav-greeting-name`, no flyout, "Switch accounts" and "Sign out" at the bottom of the page).
   */
  layout: 'desktop' | 'mobile';
}

export interface AmazonSessionInfo {
  email: string;
  name: string;
  realm: string;
  createdAt: Date;
  /** How the session began: the password form, or a card of the account switcher (no password asked). */
  signedInWith: 'password' | 'account-switcher';
}

export interface AmazonRememberedAccount {
  email: string;
  name: string;
  realm: string;
  /** The browser it is remembered in: the value of that browser's ubid-<realm> cookie. */
  browser: string;
}

export interface AmazonSite extends FixtureSite {
  readonly controls: AmazonControls;
  /** Sessions still valid server-side, on one marketplace (any of its hosts) or on all. */
  activeSessions(host?: string): AmazonSessionInfo[];
  /**
   * E-mails the account switcher offers, in every browser, on one marketplace (any of its hosts) or on all.
   * Signing in adds an account; signing out does not remove it; only the picker's "Manage" mode does.
   */
  rememberedAccounts(host?: string): string[];
  /** The same with the marketplace and the browser each account is remembered in. */
  rememberedAccountDetails(host?: string): AmazonRememberedAccount[];
  /** Prime membership, help and account-closure pages (the guides' flows) and their server-side state. */
  readonly guides: AmazonGuideFlows;
  /** What the fault matrix's hostile pages reported and which destructive decoys were pressed (faults.ts). */
  readonly faultLog: readonly string[];
}

interface SessionData {
  email: string;
  name: string;
  signedInWith: AmazonSessionInfo['signedInWith'];
  /** The ubid-<realm> of the browser the session was started in. */
  browser: string;
}

const defaultControls = (): AmazonControls => ({
  signOutRemoved: false,
  flyoutDelayMs: 300,
  responseDelayMs: 0,
  signOutDelayMs: 0,
  layout: 'desktop',
  ...defaultFaultControls(),
});

/** Amazon-style ids such as session-id "262-1234567-7654321". */
function amazonId(): string {
  return `${randomInt(100, 1000)}-${randomInt(1_000_000, 10_000_000)}-${randomInt(1_000_000, 10_000_000)}`;
}

/** One request's context: the marketplace, its cookies, and the Set-Cookie headers to send. */
interface Visit {
  m: Marketplace;
  cookies: Map<string, string>;
  setCookies: string[];
  session: SessionData | undefined;
  /** This browser's anonymous id (ubid-<realm>), which the account switcher is keyed by. */
  browser: string;
}

export function createAmazonSite(): AmazonSite {
  const controls = defaultControls();
  // One session store per marketplace: each is its own cookie realm with its own sign-in.
  const stores = new Map(marketplaces.map((m) => [m.realm, new SessionStore<SessionData>('Atza|')]));
  const storeFor = (m: Marketplace): SessionStore<SessionData> => {
    const store = stores.get(m.realm);
    if (!store) throw new Error(`no session store for ${m.realm}`);
    return store;
  };
  // The account switcher, per marketplace (each has its own ubid-<realm>), per browser.
  const switchers = new Map(marketplaces.map((m) => [m.realm, new RememberedAccounts()]));
  const switcherFor = (m: Marketplace): RememberedAccounts => {
    const switcher = switchers.get(m.realm);
    if (!switcher) throw new Error(`no account switcher for ${m.realm}`);
    return switcher;
  };

  const cookieScope = (m: Marketplace) => ({ domain: `.${m.domain}`, path: '/' });

  const guides = createAmazonGuideFlows({
    // A closed account: every session of it ends, and this browser's cookies go if they are that account's.
    closeSessions(visit: GuideVisit, email: string) {
      const store = storeFor(visit.m);
      for (const { token, data } of store.list()) if (data.email === email) store.revoke(token);
      if (visit.session?.email === email) {
        visit.setCookies.push(
          ...authCookieNames(visit.m.realm).map((name) => expireCookie(name, { ...cookieScope(visit.m), secure: true })),
        );
      }
    },
  });

  // The fault matrix's misbehaviour (faults.ts): through the same sign-in and sign-out as the real pages.
  const faults = createAmazonFaults<Visit>(controls, {
    signOut(visit) {
      const [at] = authCookieNames(visit.m.realm) as [string];
      storeFor(visit.m).revoke(visit.cookies.get(at));
      visit.setCookies.push(
        ...authCookieNames(visit.m.realm).map((name) => expireCookie(name, { ...cookieScope(visit.m), secure: true })),
      );
    },
    signIn(visit, user) {
      startSession(visit, user, 'password');
      visit.session = { email: user.email, name: user.name, signedInWith: 'password', browser: visit.browser }; // The rest of this request sees the person signed in.
    },
    nav: (visit) => navState(visit),
  });

  function navState(visit: Visit): NavState {
    return {
      userName: visit.session?.name,
      flyoutDelayMs: controls.flyoutDelayMs,
      signOutRemoved: controls.signOutRemoved,
      layout: controls.layout,
      signOutLink: faults.signOutLink(visit.m),
    };
  }

  /**
   * Anonymous visitors get session-id and ubid-<realm> too, so they say nothing about signing in. Returns the
   * browser's ubid (new or old), which identifies the browser to the account switcher.
   */
  function ensureAnonymousCookies(m: Marketplace, cookies: Map<string, string>, setCookies: string[]): string {
    const attributes = { ...cookieScope(m), expires: daysFromNow(365), secure: true };
    const ubid = `ubid-${m.realm}`;
    for (const name of ['session-id', ubid]) {
      if (!cookies.has(name)) {
        const value = amazonId();
        cookies.set(name, value);
        setCookies.push(serializeCookie(name, value, attributes));
      }
    }
    return cookies.get(ubid) as string;
  }

  /** Starts a session for `user` in this browser and sets its cookies. A session already there stays valid. */
  function startSession(visit: Visit, user: { email: string; name: string }, signedInWith: SessionData['signedInWith']): void {
    const token = storeFor(visit.m).create({ email: user.email, name: user.name, signedInWith, browser: visit.browser });
    visit.setCookies.push(...signInCookies(visit.m, token));
    switcherFor(visit.m).remember(visit.browser, user);
  }

  function signInCookies(m: Marketplace, token: string): string[] {
    const [at, x, sessAt] = authCookieNames(m.realm) as [string, string, string];
    // Persistent, Secure, no SameSite: what the real site sends (Chrome then treats them as Lax).
    const base = { ...cookieScope(m), expires: daysFromNow(365), secure: true };
    return [
      serializeCookie(at, token, { ...base, httpOnly: true }),
      serializeCookie(x, amazonId().replace(/-/g, ''), base),
      serializeCookie(sessAt, `${token.slice(5, 21)}${randomInt(1000, 10000)}`, { ...base, httpOnly: true }),
    ];
  }

  /** Where to go after sign-in: the OpenID return_to if it points back at this marketplace, else home. */
  function returnPath(m: Marketplace, form: URLSearchParams): string {
    const returnTo = form.get('openid.return_to');
    if (returnTo) {
      try {
        const url = new URL(returnTo);
        if (url.host === m.host) return url.pathname + url.search;
      } catch {
        // Not a URL: fall through to home.
      }
    }
    return '/';
  }

  async function handleSignInPost(req: IncomingMessage, res: ServerResponse, visit: Visit): Promise<void> {
    const form = await readForm(req);
    const carried = new URLSearchParams([...form].filter(([name]) => name !== 'email' && name !== 'password'));
    const email = (form.get('email') ?? '').trim();
    // A closed account cannot sign in any more.
    const user = guides.isClosed(visit.m, email) ? undefined : findUser(email);
    const t = visit.m.texts;
    if (!user) {
      sendHtml(res, 200, signInEmailPage(visit.m, carried, t.unknownEmail, email), visit);
      return;
    }
    const password = form.get('password');
    if (password === null) {
      sendHtml(res, 200, signInPasswordPage(visit.m, carried, user.email), visit);
      return;
    }
    if (password !== user.password) {
      sendHtml(res, 200, signInPasswordPage(visit.m, carried, user.email, t.wrongPassword), visit);
      return;
    }
    // A previous session in this realm stays valid server-side, as with the real account switcher.
    startSession(visit, user, 'password');
    redirect(res, returnPath(visit.m, carried), 302, visit);
  }

  function sendPicker(res: ServerResponse, visit: Visit, query: URLSearchParams, error?: string): void {
    const switcher = switcherFor(visit.m);
    const html = accountPickerPage(visit.m, {
      accounts: switcher.list(visit.browser),
      arbToken: switcher.arbToken(visit.browser),
      query,
      currentEmail: visit.session?.email,
      error,
    });
    sendHtml(res, 200, html, visit);
  }

  /** A card of the picker: signs in as a remembered account of this browser without asking for the password. */
  async function handleSwitchAccount(req: IncomingMessage, res: ServerResponse, visit: Visit): Promise<void> {
    const form = await readForm(req);
    const account = switcherFor(visit.m).find(visit.browser, form.get('switch_account_request'));
    const carried = new URLSearchParams([...form].filter(([name]) => name !== 'switch_account_request'));
    if (!account) {
      sendPicker(res, visit, carried, visit.m.texts.switchFailed);
      return;
    }
    startSession(visit, account, 'account-switcher');
    redirect(res, returnPath(visit.m, carried), 302, visit);
  }

  /**
   * "Manage" → "Sign out" beside an account (a fetch from the picker): removes it from this browser's switcher and
   * ends its sessions started in this browser. If it is the account signed in now, its cookies go too.
   */
  async function handleRemoveAccount(req: IncomingMessage, res: ServerResponse, visit: Visit): Promise<void> {
    const form = await readForm(req);
    const switcher = switcherFor(visit.m);
    if (form.get('arb') !== switcher.arbToken(visit.browser)) {
      sendText(res, 403, 'bad arb token');
      return;
    }
    const removed = switcher.remove(visit.browser, form.get('token'));
    if (!removed) {
      sendText(res, 404, 'no such account in this browser');
      return;
    }
    const store = storeFor(visit.m);
    for (const { token, data } of store.list()) {
      if (data.email === removed.email && data.browser === visit.browser) store.revoke(token);
    }
    if (visit.session?.email === removed.email) {
      visit.setCookies.push(
        ...authCookieNames(visit.m.realm).map((name) => expireCookie(name, { ...cookieScope(visit.m), secure: true })),
      );
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(visit.setCookies.length ? { 'Set-Cookie': visit.setCookies } : {}),
    });
    res.end(JSON.stringify({ removed: true }));
  }

  async function handleSignOut(res: ServerResponse, url: URL, visit: Visit): Promise<void> {
    const m = visit.m;
    if (controls.signOutRemoved) {
      sendHtml(res, 404, notFoundPage(m, navState(visit), m.texts.pageMoved), visit);
      return;
    }
    if (url.searchParams.get('action') !== 'sign-out') {
      redirect(res, '/', 302, visit);
      return;
    }
    const aborted = watchAbort(res);
    await delay(controls.signOutDelayMs);
    if (aborted()) return; // The browser gave up before the server acted: nothing happened.
    const [at] = authCookieNames(m.realm) as [string];
    storeFor(m).revoke(visit.cookies.get(at));
    visit.setCookies.push(
      ...authCookieNames(m.realm).map((name) => expireCookie(name, { ...cookieScope(m), secure: true })),
    );
    const path = url.searchParams.get('path') ?? '/';
    const target = url.searchParams.get('signIn') === '1' ? signInHref(m, path) : path.startsWith('/') ? path : '/';
    redirect(res, target, 302, visit);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await delay(controls.responseDelayMs);
    const m = marketplaceForHost(url.hostname);
    if (!m) {
      sendText(res, 404, `Unknown Amazon host ${url.hostname}`);
      return;
    }
    if (url.hostname !== m.host) {
      // amazon.pl → www.amazon.pl, as the real site does.
      redirect(res, `https://${m.host}${url.pathname}${url.search}`, 301);
      return;
    }
    const cookies = parseCookies(req.headers.cookie);
    const [at] = authCookieNames(m.realm) as [string];
    const setCookies: string[] = [];
    const browser = ensureAnonymousCookies(m, cookies, setCookies);
    const visit: Visit = { m, cookies, setCookies, session: storeFor(m).get(cookies.get(at))?.data, browser };
    if (await faults.handle(req, res, url, visit)) return;
    const session = visit.session; // A fault may have signed the visit in (a remember-me cookie).

    const path = url.pathname;
    if (path === '/' || path === '/gp/yourstore/home' || path.startsWith('/ref=')) {
      sendHtml(res, 200, homePage(m, navState(visit)), visit);
    } else if (path === '/ap/signin' && req.method === 'POST') {
      await handleSignInPost(req, res, visit);
    } else if (path === '/ap/signin' && url.searchParams.get('switch_account') === 'picker') {
      sendPicker(res, visit, url.searchParams);
    } else if (path === '/ap/signin') {
      sendHtml(res, 200, signInEmailPage(m, url.searchParams), visit);
    } else if (path === SWITCH_ACCOUNT_PATH && req.method === 'POST') {
      await handleSwitchAccount(req, res, visit);
    } else if (path === REMOVE_ACCOUNT_PATH && req.method === 'POST') {
      await handleRemoveAccount(req, res, visit);
    } else if (path === '/gp/flex/sign-out.html') {
      await handleSignOut(res, url, visit);
    } else if (path === '/gp/css/homepage.html') {
      if (session) sendHtml(res, 200, accountPage(m, navState(visit), session.email), visit);
      else redirect(res, signInHref(m, path), 302, visit);
    } else if (await guides.handle(req, res, url, { m, session, setCookies, nav: navState(visit) })) {
      // Prime, help, contact and account-closure pages (guide-pages.ts).
    } else if (path === '/favicon.ico') {
      sendText(res, 404, 'no icon');
    } else {
      sendHtml(res, 404, notFoundPage(m, navState(visit), m.texts.notFound), visit);
    }
  }

  function rememberedAccountDetails(host?: string): AmazonRememberedAccount[] {
    const wanted = host === undefined ? marketplaces : [marketplaceForHost(host)];
    return wanted.flatMap((m) => {
      if (!m) throw new Error(`rememberedAccounts: ${host} is not an Amazon fixture host`);
      return switcherFor(m)
        .all()
        .map(({ browser, account }) => ({ email: account.email, name: account.name, realm: m.realm, browser }));
    });
  }

  return {
    name: 'amazon',
    hosts: marketplaces.flatMap((m) => [m.host, m.domain]),
    controls,
    handle,
    reset() {
      Object.assign(controls, defaultControls());
      for (const store of stores.values()) store.clear();
      for (const switcher of switchers.values()) switcher.clear();
      guides.reset();
      faults.reset();
    },
    activeSessions(host?: string): AmazonSessionInfo[] {
      const wanted = host === undefined ? marketplaces : [marketplaceForHost(host)];
      return wanted.flatMap((m) => {
        if (!m) throw new Error(`activeSessions: ${host} is not an Amazon fixture host`);
        return storeFor(m)
          .list()
          .map(({ data, createdAt }) => ({
            email: data.email,
            name: data.name,
            realm: m.realm,
            createdAt,
            signedInWith: data.signedInWith,
          }));
      });
    },
    rememberedAccounts(host?: string): string[] {
      return rememberedAccountDetails(host).map((account) => account.email);
    },
    rememberedAccountDetails,
    guides,
    faultLog: faults.log,
  };
}
