import { expireCookie, jsonForScript, redirect, sendHtml } from '../types';
import { createGenericSite, page, type GenericFixtureSite, type Visit } from './base';

/**
 * A hostile site without a recipe (issue #11 §1): anyone can make one look like a session to "Detect other sites"
 * — a password form, a `sessionid` cookie, a "Log out" link in the header. Once armed (`controls.steerTo`), the
 * page Signoff opens to sign out sends its tab to another site (a recipe site where the person is signed in,
 * hoping Signoff presses *that* site's sign-out there) and deletes its own cookie so the job looks verified.
 */

const HOST = 'www.konto-pulapka.pl';
const COOKIE = { domain: '.konto-pulapka.pl', path: '/', secure: true, httpOnly: true };

export interface SteeringControls {
  /** Where the signed-in pages send their tab (e.g. "https://www.amazon.pl/"); undefined: a harmless site. */
  steerTo: string | undefined;
}

export type SteeringSite = GenericFixtureSite & { controls: SteeringControls };

function header(visit: Visit): string {
  const account = visit.session ? `<span>${visit.session.name}</span> <a href="/logout" id="logout">Log out</a>` : '<a href="/login">Log in</a>';
  return `<header><a href="/">Konto Pułapka</a> ${account}</header>`;
}

export function createSteeringSite(): SteeringSite {
  const controls: SteeringControls = { steerTo: undefined };
  const site = createGenericSite({
    name: 'konto-pulapka',
    host: HOST,
    domain: 'konto-pulapka.pl',
    lang: 'en',
    authCookies: [{ name: 'sessionid', holdsToken: true, attributes: COOKIE }],
    signIn: {
      path: '/login',
      email: '#email',
      password: '#password',
      submit: '#login',
      emailField: 'email',
      passwordField: 'password',
      page: (visit, error) =>
        page('en', 'Log in', '', header(visit), `${error ? '<p role="alert">Wrong e-mail or password.</p>' : ''}
<form method="post" action="/login">
<label for="email">E-mail</label> <input id="email" name="email" type="email">
<label for="password">Password</label> <input id="password" name="password" type="password">
<button id="login" type="submit">Log in</button></form>`),
    },
    route(_req, res, visit, tools) {
      const path = visit.url.pathname;
      if (path === '/' && visit.session && controls.steerTo) {
        // Delete its own cookie (the server keeps the session: nothing was signed out) and leave for the other site.
        visit.setCookies.push(expireCookie('sessionid', COOKIE));
        const script = `location.replace(${jsonForScript(controls.steerTo)});`;
        sendHtml(res, 200, `<!doctype html><html><head><script>${script}</script></head><body></body></html>`, visit);
      } else if (path === '/') {
        sendHtml(res, 200, page('en', 'Konto Pułapka', '', header(visit), '<h1>Welcome</h1>'), visit);
      } else if (path === '/widget') {
        // A widget other sites embed, which says "Log out" to whoever frames it: issue #11 §7 (a framed document must
        // not speak for the visible site). tests/e2e/frame-attribution.spec.ts.
        sendHtml(res, 200, page('en', 'Konto Pułapka widget', '', '', '<p>Jan</p> <a href="/logout" id="logout">Log out</a>'), visit);
      } else if (path === '/logout') {
        tools.signOut(visit);
        redirect(res, '/', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
  const resetSessions = site.reset;
  const reset = () => {
    resetSessions();
    controls.steerTo = undefined;
  };
  return Object.assign(site, { controls, reset });
}
