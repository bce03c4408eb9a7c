import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultControls, type ActiveSession, type KitSiteHandle, type KitUser } from './kit/index';
import { escapeHtml, expireCookie, parseCookies, readForm, redirect, sendHtml, serializeCookie } from './types';

/**
 * USOSweb of the University of Warsaw (usosweb.uw.edu.pl) with its CAS (logowanie.uw.edu.pl), as public clients and
 * a saved page show them:
 * - every page is /kontroler.php?_action=…; the catalogue is public, and pages carry a per-session `csrftoken`, so a
 *   guest holds a PHP session cookie too (PHPSESSID, the name a client sends to UJ's USOSweb; attributes modelled);
 * - „Zaloguj” is _action=logowaniecas/index: USOSweb sends the browser to CAS, whose form posts username, password,
 *   lt, execution and _eventId; CAS keeps its own single sign-on cookie and sends the browser back with a ticket, so
 *   a second „Zaloguj” while CAS still knows the browser signs in without a password;
 * - signed in, the top bar is `<cas-bar id='layout-cas-bar' logged-user='Name' mode='user' logout-url='…'>`;
 * - a plain GET of _action=logowaniecas/wyloguj ends the USOSweb session and leads to CAS's logout, which ends the
 *   single sign-on too and says „Wylogowałeś się z CAS - Centralnej Usługi Uwierzytelniania.”;
 * - „MÓJ USOSWEB” (_action=home/index) needs a session; a guest is sent to the sign-in.
 * The guest's cas-bar (mode='anonymous') and CAS's cookie names and attributes are modelled (no source shows them).
 */

const USOS = 'usosweb.uw.edu.pl';
const CAS = 'logowanie.uw.edu.pl';
const USOS_ORIGIN = `https://${USOS}`;
const LOGIN_ACTION = `${USOS_ORIGIN}/kontroler.php?_action=logowaniecas/index`;
const LOGOUT_ACTION = `${USOS_ORIGIN}/kontroler.php?_action=logowaniecas/wyloguj`;
const SIGNED_OUT_OF_CAS = 'Wylogowałeś się z CAS - Centralnej Usługi Uwierzytelniania.';

export const usoswebUsers: readonly KitUser[] = [
  { email: 'jk123456', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'an654321', password: 'haslo123', name: 'Anna Nowak' },
];

interface UsosSession {
  user?: KitUser;
  csrf: string;
  createdAt: Date;
}

const token = (prefix = '') => prefix + randomBytes(18).toString('base64url');
const usosCookie = { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } as const;
const casCookie = { path: '/cas', secure: true, httpOnly: true } as const;

/** "actionx:logowaniecas/wyloguj()" and "logowaniecas/wyloguj" name the same action. */
function actionOf(url: URL): string {
  return (url.searchParams.get('_action') ?? 'news/default').replace(/^actionx:/, '').replace(/\(\)$/, '');
}

function usosPage(session: UsosSession, title: string, body: string): string {
  const bar = session.user
    ? `<cas-bar id='layout-cas-bar' logged-user='${escapeHtml(session.user.name)}' mode='user'
     logout-url='${LOGOUT_ACTION}' passwd-url='https://${CAS}/cas/../passwd-change/change?locale=pl'>
    <div slot='service-name'><b>Uniwersytet Warszawski</b> - Centralny System Uwierzytelniania</div></cas-bar>`
    : `<cas-bar id='layout-cas-bar' mode='anonymous' login-url='${LOGIN_ACTION}'>
    <div slot='service-name'><b>Uniwersytet Warszawski</b> - Centralny System Uwierzytelniania</div></cas-bar>`;
  return `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(title)} - USOSweb Uniwersytetu Warszawskiego</title>
<script>JSGLOBALS = { user_id: ${session.user ? '"414296"' : 'null'}, action: "news/default" }; csrftoken = "${session.csrf}";</script></head>
<body><div class='do_not_print'>${bar}</div>
<menu-top><a href='${USOS_ORIGIN}/kontroler.php?_action=news/default'>AKTUALNOŚCI</a> <a href='${USOS_ORIGIN}/kontroler.php?_action=katalog2/index'>KATALOG</a>
<a href='${USOS_ORIGIN}/kontroler.php?_action=home/index'>MÓJ USOSWEB</a>
${session.user ? `<a href='${LOGOUT_ACTION}' id='wyloguj'>wyloguj się</a>` : `<a href='${LOGIN_ACTION}' id='zaloguj'>zaloguj się</a>`}</menu-top>
<main id="layout-main-content">${body}</main></body></html>`;
}

function casPage(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>Uniwersytet Warszawski - Centralny System Uwierzytelniania</h1>${body}</body></html>`;
}

export function createUsoswebSite() {
  const controls = defaultControls();
  /** USOSweb's PHP sessions, a guest's included, by PHPSESSID. */
  const usos = new Map<string, UsosSession>();
  /** CAS single sign-on sessions (by its cookie) and the one-time tickets it hands to USOSweb. */
  const cas = new Map<string, { user: KitUser; createdAt: Date }>();
  const tickets = new Map<string, KitUser>();
  /** The login form's one-time `execution` values, each bound to the CAS visitor cookie it was given to. */
  const executions = new Map<string, string>();

  function usosSession(req: IncomingMessage, setCookies: string[]): UsosSession {
    const id = parseCookies(req.headers.cookie).get('PHPSESSID');
    const known = id === undefined ? undefined : usos.get(id);
    if (known) return known;
    return startUsosSession(setCookies, undefined);
  }

  function startUsosSession(setCookies: string[], user: KitUser | undefined): UsosSession {
    const id = token();
    const session: UsosSession = { ...(user ? { user } : {}), csrf: `${new Date().toISOString().slice(0, 10)}-${token().slice(0, 16)}`, createdAt: new Date() };
    usos.set(id, session);
    setCookies.push(serializeCookie('PHPSESSID', id, usosCookie));
    return session;
  }

  function handleUsos(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const setCookies: string[] = [];
    if (url.pathname === '/') return redirect(res, `${USOS_ORIGIN}/kontroler.php?_action=news/default`, 302, { setCookies });
    if (url.pathname !== '/kontroler.php') return sendHtml(res, 404, 'Not found');
    const id = parseCookies(req.headers.cookie).get('PHPSESSID');
    const session = usosSession(req, setCookies);
    switch (actionOf(url)) {
      case 'logowaniecas/index': {
        if (session.user) return redirect(res, `${USOS_ORIGIN}/kontroler.php?_action=home/index`, 302, { setCookies });
        const user = tickets.get(url.searchParams.get('ticket') ?? '');
        if (user) {
          tickets.delete(url.searchParams.get('ticket')!);
          // A new session id at sign-in: the guest's id is dropped.
          if (id !== undefined) usos.delete(id);
          startUsosSession(setCookies, user);
          return redirect(res, `${USOS_ORIGIN}/kontroler.php?_action=home/index`, 302, { setCookies });
        }
        return redirect(res, `https://${CAS}/cas/login?service=${encodeURIComponent(LOGIN_ACTION)}&locale=pl`, 302, { setCookies });
      }
      case 'logowaniecas/wyloguj': {
        if (controls.signOutRemoved) return sendHtml(res, 404, 'Not found', { setCookies });
        if (id !== undefined) usos.delete(id);
        startUsosSession(setCookies, undefined);
        return redirect(res, `https://${CAS}/cas/logout`, 302, { setCookies });
      }
      case 'home/index':
        if (!session.user) return redirect(res, LOGIN_ACTION, 302, { setCookies });
        return sendHtml(res, 200, usosPage(session, 'Mój USOSweb', `<h1>MÓJ USOSWEB</h1><p>${escapeHtml(session.user.name)}</p>`), { setCookies });
      default:
        return sendHtml(res, 200, usosPage(session, 'Aktualności', '<h1>Aktualności</h1><p>Rejestracja na zajęcia trwa.</p>'), { setCookies });
    }
  }

  function loginForm(visitor: string, service: string, error?: string): string {
    const execution = token('e1s');
    executions.set(execution, visitor);
    return casPage(
      'Logowanie',
      `${error ? `<div class="errors" role="alert">${escapeHtml(error)}</div>` : ''}
<form id="fm1" method="post" action="/cas/login">
<label for="username">Identyfikator</label><input id="username" name="username" type="text" autocomplete="username">
<label for="password">Hasło</label><input id="password" name="password" type="password" autocomplete="current-password">
<input type="hidden" name="lt" value="${escapeHtml(token('LT-'))}"><input type="hidden" name="execution" value="${escapeHtml(execution)}">
<input type="hidden" name="_eventId" value="submit"><input type="hidden" name="service" value="${escapeHtml(service)}">
<input class="btn-submit" name="submit" type="submit" value="ZALOGUJ"></form>`,
    );
  }

  /** CAS goes back only to USOSweb, with a one-time ticket. */
  function backToService(res: ServerResponse, service: string | null, user: KitUser, setCookies: string[]): void {
    const target = service && service.startsWith(`${USOS_ORIGIN}/`) ? service : LOGIN_ACTION;
    const ticket = token('ST-');
    tickets.set(ticket, user);
    redirect(res, `${target}${target.includes('?') ? '&' : '?'}ticket=${ticket}`, 302, { setCookies });
  }

  async function handleCas(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    if (!url.pathname.startsWith('/cas/')) return sendHtml(res, 404, 'Not found');
    let visitor = cookies.get('JSESSIONID');
    if (!visitor) {
      visitor = token();
      setCookies.push(serializeCookie('JSESSIONID', visitor, { path: '/cas', secure: true, httpOnly: true }));
    }
    const sso = cas.get(cookies.get('CASTGC') ?? '');
    if (url.pathname === '/cas/login' && req.method === 'GET') {
      // Single sign-on: a browser CAS still knows goes straight back, no password asked.
      if (sso) return backToService(res, url.searchParams.get('service'), sso.user, setCookies);
      return sendHtml(res, 200, loginForm(visitor, url.searchParams.get('service') ?? LOGIN_ACTION), { setCookies });
    }
    if (url.pathname === '/cas/login' && req.method === 'POST') {
      const form = await readForm(req);
      const execution = form.get('execution') ?? '';
      const service = form.get('service') ?? LOGIN_ACTION;
      if (executions.get(execution) !== visitor) return sendHtml(res, 403, loginForm(visitor, service, 'Sesja logowania wygasła.'), { setCookies });
      executions.delete(execution);
      const user = usoswebUsers.find((candidate) => candidate.email === (form.get('username') ?? '').trim());
      if (!user || user.password !== form.get('password')) {
        return sendHtml(res, 200, loginForm(visitor, service, 'Niepoprawny identyfikator lub hasło.'), { setCookies });
      }
      const tgc = token('TGT-');
      cas.set(tgc, { user, createdAt: new Date() });
      setCookies.push(serializeCookie('CASTGC', tgc, casCookie));
      return backToService(res, service, user, setCookies);
    }
    if (url.pathname === '/cas/logout') {
      cas.delete(cookies.get('CASTGC') ?? '');
      setCookies.push(expireCookie('CASTGC', casCookie));
      return sendHtml(res, 200, casPage('Wylogowanie', `<p class="success">${escapeHtml(SIGNED_OUT_OF_CAS)}</p>`), { setCookies });
    }
    return sendHtml(res, 404, 'Not found', { setCookies });
  }

  const site = {
    name: 'usosweb',
    hosts: [USOS, CAS],
    controls,
    users: usoswebUsers,
    signInForm: {
      url: LOGIN_ACTION,
      identifier: '#username',
      password: '#password',
      submit: '#fm1 input[name="submit"]',
      error: '[role="alert"]',
      pages: [`https://${CAS}/cas/login`],
    },
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      if (url.hostname === CAS) return handleCas(req, res, url);
      return handleUsos(req, res, url);
    },
    /** USOSweb's signed-in sessions (the server's own list, not the browser's cookies). */
    activeSessions(): ActiveSession[] {
      return [...usos.values()].flatMap((s) => (s.user ? [{ email: s.user.email, name: s.user.name, createdAt: s.createdAt }] : []));
    },
    /** CAS single sign-on sessions: while one lives, „Zaloguj” signs that person in again without a password. */
    casSessions(): ActiveSession[] {
      return [...cas.values()].map((s) => ({ email: s.user.email, name: s.user.name, createdAt: s.createdAt }));
    },
    /** A USOSweb session of this person opened on another computer (the kit's contract; USOSweb lists none). */
    signInElsewhere(email: string): string {
      const user = usoswebUsers.find((candidate) => candidate.email === email);
      if (!user) throw new Error(`USOSweb: no user ${email}`);
      const id = token();
      usos.set(id, { user, csrf: token().slice(0, 16), createdAt: new Date() });
      return id;
    },
    isSessionActive: (token: string) => usos.get(token)?.user !== undefined,
    reset(): void {
      Object.assign(controls, defaultControls());
      usos.clear();
      cas.clear();
      tickets.clear();
      executions.clear();
    },
  } satisfies KitSiteHandle & { casSessions(): ActiveSession[] };
  return site;
}
