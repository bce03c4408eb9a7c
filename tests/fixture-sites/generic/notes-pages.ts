import { escapeHtml, redirect, sendHtml } from '../types';
import { createGenericSite, page, type GenericFixtureSite, type Visit } from './base';

/**
 * (e) The same small notes app published by two people on a shared hosting suffix, as on GitHub Pages: alice.github.io
 * and bob.github.io are two unrelated sites (github.io is on the Public Suffix List). Both use the same cookie names,
 * host-only, since no cookie may be set for github.io itself. Signing out of one must leave the other signed in.
 */

const STYLE = `header{display:flex;gap:16px;align-items:center;padding:10px 20px;background:#24292f;color:#fff}
header a{color:#fff}.title{font-weight:bold;margin-right:auto}`;

function header(owner: string, visit: Visit): string {
  const account = visit.session
    ? `<span class="who">Signed in as ${escapeHtml(visit.session.name)}</span><a href="/logout">Log out</a>`
    : `<a href="/login">Log in</a>`;
  return `<header><a class="title" href="/">${escapeHtml(owner)}'s notes</a>${account}</header>`;
}

export function createNotesPagesSite(owner: 'alice' | 'bob'): GenericFixtureSite {
  const host = `${owner}.github.io`;
  return createGenericSite({
    name: `notes-${owner}`,
    host,
    domain: host,
    lang: 'en',
    authCookies: [
      { name: 'notes_session', holdsToken: true, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
      { name: 'notes_remember', days: 30, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
    ],
    signIn: {
      path: '/login',
      email: '#email',
      password: '#password',
      submit: '#log-in',
      emailField: 'email',
      passwordField: 'password',
      page: (visit, error) =>
        page('en', `Log in — ${owner}'s notes`, STYLE, header(owner, visit), `<h1>Log in</h1>
${error ? '<p role="alert">Wrong e-mail or password.</p>' : ''}
<form method="post" action="/login">
<label for="email">E-mail</label> <input id="email" name="email" type="email" autocomplete="username">
<label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password">
<button id="log-in" type="submit">Log in</button>
</form>`),
    },
    route(_req, res, visit, tools) {
      const path = visit.url.pathname;
      if (path === '/') {
        const body = visit.session ? '<h1>My notes</h1><ul><li>Buy milk</li></ul>' : '<h1>Notes</h1><p>Log in to see your notes.</p>';
        sendHtml(res, 200, page('en', `${owner}'s notes`, STYLE, header(owner, visit), body), visit);
      } else if (path === '/logout') {
        tools.signOut(visit);
        redirect(res, '/', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
}
