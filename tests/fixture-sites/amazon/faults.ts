import type { IncomingMessage, ServerResponse } from 'node:http';
import { daysFromNow, escapeHtml, jsonForScript, redirect, sendHtml, serializeCookie, type ResponseExtras } from '../types';
import { randomToken } from '../kit/csrf';
import { DESTRUCTIVE_PATH, HOSTILE_REPORT_PATH, STEERED_PARAM, hostileBody, type HostileMode } from './hostile-page';
import { SIGN_OUT_HREF } from './links';
import { marketplaces, type Marketplace } from './marketplaces';
import type { NavState } from './nav';
import { layout } from './pages';

/**
 * Misbehaviour of the Amazon fixture for the fault matrix (tests/e2e/faults.spec.ts). Each switch breaks one thing
 * a real site can break; all are off by default and reset before every test.
 */
export interface AmazonFaultControls {
  /** The sign-out URL answers this HTTP status (e.g. 500) and revokes nothing; 0: it works. */
  signOutStatus: number;
  /** The sign-out URL redirects to itself, for ever (the browser gives up after 20); nothing is revoked. */
  signOutRedirectLoop: boolean;
  /** The sign-out URL only *shows* "You have been signed out": the session and its cookies stay. */
  signOutPretends: boolean;
  /**
   * "Keep me signed in": signed-in pages set a remember-me cookie; the sign-out ends the session and expires the
   * auth cookies but keeps that cookie. The site honours it on any request that comes without a session, as
   * server-side remember-me does (Spring Security's RememberMeAuthenticationFilter, Laravel's "recaller" cookie,
   * Devise's Rememberable: each signs the person in from the cookie when a request has no session), so the next
   * page anyone opens here, or any request with this browser's cookies, starts a new session; and the page the
   * sign-out lands on also signs the person back in by script a moment later.
   */
  rememberMe: boolean;
  /**
   * The site was redesigned. 'moved': the flyout's sign-out link has a new id and address but the same label;
   * 'renamed': a new id, address and label ("Log off"). The new link signs out; the old sign-out URL still works.
   */
  signOutRedesign: 'none' | 'moved' | 'renamed';
  /** The signed-in home page turns hostile (hostile-page.ts): forged messages, decoys, vanishing controls. */
  hostilePage: 'none' | HostileMode;
}

export const defaultFaultControls = (): AmazonFaultControls => ({
  signOutStatus: 0,
  signOutRedirectLoop: false,
  signOutPretends: false,
  rememberMe: false,
  signOutRedesign: 'none',
  hostilePage: 'none',
});

/** The part of a request's context the faults need (structurally the fixture's own Visit). */
export interface FaultVisit extends ResponseExtras {
  m: Marketplace;
  cookies: Map<string, string>;
  setCookies: string[];
  session: { email: string; name: string } | undefined;
}

/** What the faults may do to the site's sessions: the same operations as its real sign-in and sign-out. */
export interface FaultSessionApi<V extends FaultVisit> {
  /** Revokes the request's session server-side and expires its auth cookies in the response. */
  signOut(visit: V): void;
  /** Starts a session for the user (as a sign-in does), sets its cookies in the response and signs in the visit. */
  signIn(visit: V, user: { email: string; name: string }): void;
  /** The navigation bar's state for this request, as the real pages render it. */
  nav(visit: V): NavState;
}

/** The redesigned sign-out address (see `signOutRedesign`). */
export const REDESIGNED_SIGN_OUT_PATH = '/ap/signout-v2';
const REMEMBER_ME_PATH = '/ap/remember-me';
/** How long after the signed-out page loads its script signs the person back in. */
export const REMEMBER_ME_DELAY_MS = 700;

const rememberCookie = (m: Marketplace) => `amzn-remember-${m.realm}`;

function plainPage(m: Marketplace, title: string, body: string): string {
  return `<!doctype html><html lang="${m.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><div class="auth-logo"><a href="/">amazon</a></div><main>${body}</main></body></html>`;
}

export interface AmazonFaults<V extends FaultVisit> {
  /** Answers the request if a fault owns it; false lets the site handle it as usual. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, visit: V): Promise<boolean>;
  /** The flyout's sign-out link after a redesign, or undefined for the usual one. */
  signOutLink(m: Marketplace): { id: string; href: string; text: string } | undefined;
  /** What hostile pages reported ("report:runtime=absent") and every press of a destructive decoy ("destructive:link"). */
  readonly log: readonly string[];
  reset(): void;
}

export function createAmazonFaults<V extends FaultVisit>(controls: AmazonFaultControls, sessions: FaultSessionApi<V>): AmazonFaults<V> {
  /** Remember-me tokens → the account they sign back in. */
  const remembered = new Map<string, { email: string; name: string }>();
  const log: string[] = [];

  function handleSignOutFault(res: ServerResponse, url: URL, visit: V): boolean {
    const { m } = visit;
    if (controls.signOutRedirectLoop) {
      const loop = Number(url.searchParams.get('loop') ?? '0') + 1;
      const next = new URLSearchParams(url.searchParams);
      next.set('loop', String(loop));
      redirect(res, `${url.pathname}?${next.toString()}`, 302, visit);
      return true;
    }
    if (controls.signOutStatus !== 0) {
      const html = plainPage(m, 'Error', `<h1 id="error-page">${controls.signOutStatus}</h1><p>Sorry! Something went wrong on our end.</p>`);
      sendHtml(res, controls.signOutStatus, html, visit);
      return true;
    }
    if (controls.signOutPretends) {
      // The words a person would believe, with nothing behind them: no Set-Cookie, nothing revoked.
      const html = plainPage(m, 'Signed out', `<h1 id="signed-out-message">You have been signed out.</h1><p>See you soon!</p>`);
      sendHtml(res, 200, html, visit);
      return true;
    }
    if (controls.rememberMe) {
      sessions.signOut(visit);
      const script = `setTimeout(function () { fetch('${REMEMBER_ME_PATH}', { credentials: 'include' }); }, ${REMEMBER_ME_DELAY_MS});`;
      const html = plainPage(m, 'Signed out', `<h1 id="signed-out-message">You have been signed out.</h1><script>${script}</script>`);
      sendHtml(res, 200, html, visit);
      return true;
    }
    return false;
  }

  return {
    async handle(_req, res, url, visit) {
      const rememberedUser = remembered.get(visit.cookies.get(rememberCookie(visit.m)) ?? '');
      if (controls.rememberMe && !visit.session && rememberedUser) sessions.signIn(visit, rememberedUser);
      if (controls.rememberMe && visit.session && !visit.cookies.has(rememberCookie(visit.m))) {
        const token = randomToken();
        remembered.set(token, { email: visit.session.email, name: visit.session.name });
        const attributes = { domain: `.${visit.m.domain}`, path: '/', expires: daysFromNow(30), secure: true, httpOnly: true };
        visit.setCookies.push(serializeCookie(rememberCookie(visit.m), token, attributes));
      }
      if (url.pathname === '/gp/flex/sign-out.html' && url.searchParams.get('action') === 'sign-out') {
        return handleSignOutFault(res, url, visit);
      }
      if (url.pathname === REDESIGNED_SIGN_OUT_PATH && controls.signOutRedesign !== 'none') {
        sessions.signOut(visit);
        redirect(res, '/', 302, visit);
        return true;
      }
      if (url.pathname === '/' && controls.hostilePage === 'steering' && url.searchParams.has(STEERED_PARAM) && visit.session) {
        // Where a steered tab lands: a page of this marketplace with its sign-out in plain view — a button run by
        // script (no address a click guard could judge) and the mobile footer's link — so that anything Signoff
        // would press here really signs the person out of this marketplace.
        const button = `<button id="nav-item-signout" type="button" onclick="location.assign(${escapeHtml(jsonForScript(SIGN_OUT_HREF))})">${escapeHtml(visit.m.texts.signOut)}</button>`;
        const body = `<h1>${escapeHtml(visit.m.texts.welcome)}</h1>${button}`;
        const page = layout(visit.m, { title: 'Amazon', nav: { ...sessions.nav(visit), layout: 'mobile' }, body });
        sendHtml(res, 200, page, visit);
        return true;
      }
      if (url.pathname === '/' && controls.hostilePage !== 'none' && visit.session) {
        const other = marketplaces.find((each) => each !== visit.m) ?? visit.m;
        const page = layout(visit.m, { title: 'Amazon', nav: sessions.nav(visit), body: hostileBody(visit.m, controls.hostilePage, other) });
        sendHtml(res, 200, page, visit);
        return true;
      }
      if (url.pathname === HOSTILE_REPORT_PATH) {
        log.push(`report:${url.searchParams.get('what') ?? ''}`);
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        res.end();
        return true;
      }
      if (url.pathname === DESTRUCTIVE_PATH) {
        log.push(`destructive:${url.searchParams.get('from') ?? ''}`);
        sendHtml(res, 200, plainPage(visit.m, 'Closing', '<h1 id="closing">Your account will be closed.</h1>'), visit);
        return true;
      }
      if (url.pathname === REMEMBER_ME_PATH) {
        // Signed back in above, like any request with the remember-me cookie: the answer carries the new session.
        res.writeHead(204, { 'Cache-Control': 'no-store', ...(visit.setCookies.length ? { 'Set-Cookie': visit.setCookies } : {}) });
        res.end();
        return true;
      }
      return false;
    },
    signOutLink(m) {
      if (controls.signOutRedesign === 'none') return undefined;
      const href = `${REDESIGNED_SIGN_OUT_PATH}?ref_=nav_AccountFlyout_logoff`;
      return controls.signOutRedesign === 'moved'
        ? { id: 'nav-item-logoff', href, text: m.texts.signOut }
        : { id: 'nav-item-logoff', href, text: 'Log off' };
    },
    log,
    reset() {
      remembered.clear();
      log.length = 0;
    },
  };
}
