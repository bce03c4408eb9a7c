import { escapeHtml, redirect, sendHtml } from '../types';
import { createGenericSite, page, type GenericFixtureSite, type Visit } from './base';

/**
 * (d) An English web app: no sign-out anywhere but on the account page (/account), where "Sign out" sits between
 * "Sign out other devices" (ends the *other* sessions only) and "Delete account" (the decoy). The header's "Help"
 * menu opens on click and holds nothing about the account. Sessions: crm_session (HttpOnly) and
 * remember_user_token (persistent); analytics cookies for everyone.
 */

const HOST = 'app.sample-crm.com';
const STYLE = `header{display:flex;gap:16px;align-items:center;padding:10px 20px;background:#0d47a1;color:#fff}
header a,header button{color:#fff}.app{font-weight:bold;margin-right:auto}header button{background:none;border:0;font:inherit;cursor:pointer}
.danger{color:#b71c1c}section{margin:18px 0}`;

function header(visit: Visit): string {
  const nav = visit.session
    ? `<a href="/contacts">Contacts</a><a href="/deals">Deals</a><a href="/account" class="nav-account">Account</a>`
    : `<a href="/login">Log in</a>`;
  return `<header><a class="app" href="/">Sample CRM</a>${nav}
<button type="button" aria-haspopup="true" aria-expanded="false" id="help-button">Help</button></header>
<script>document.getElementById('help-button').addEventListener('click', function (e) {
  var open = e.currentTarget.getAttribute('aria-expanded') === 'true';
  e.currentTarget.setAttribute('aria-expanded', String(!open));
});</script>`;
}

function accountPage(visit: Visit): string {
  const session = visit.session!;
  return `<h1>Account settings</h1>
<section><h2>Profile</h2><p>${escapeHtml(session.name)} &lt;${escapeHtml(session.email)}&gt;</p></section>
<section><h2>Sessions</h2>
<form class="inline" method="post" action="/account/sessions/others"><button type="submit">Sign out other devices</button></form>
<a href="/session/end" class="button">Sign out</a></section>
<section><h2>Danger zone</h2>
<form method="post" action="/account/delete"><button type="submit" class="danger">Delete account</button></form></section>`;
}

export function createSampleCrm(): GenericFixtureSite {
  return createGenericSite({
    name: 'sample-crm',
    host: HOST,
    domain: 'sample-crm.com',
    lang: 'en',
    authCookies: [
      { name: 'crm_session', holdsToken: true, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
      { name: 'remember_user_token', days: 14, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
    ],
    anonymousCookies: [
      { name: '_ga', days: 400, attributes: { domain: '.sample-crm.com', path: '/', secure: true } },
      { name: '_gid', days: 1, attributes: { domain: '.sample-crm.com', path: '/', secure: true } },
    ],
    signIn: {
      path: '/login',
      email: '#user_email',
      password: '#user_password',
      submit: 'input[type="submit"]',
      emailField: 'user[email]',
      passwordField: 'user[password]',
      page: (visit, error) =>
        page('en', 'Log in — Sample CRM', STYLE, header(visit), `<h1>Log in</h1>
${error ? '<p role="alert" class="flash">Invalid email or password.</p>' : ''}
<form method="post" action="/login">
<p><label for="user_email">Email</label> <input id="user_email" name="user[email]" type="email"></p>
<p><label for="user_password">Password</label> <input id="user_password" name="user[password]" type="password"></p>
<input type="submit" value="Log in">
</form>`),
    },
    route(req, res, visit, tools) {
      const path = visit.url.pathname;
      const signedIn = visit.session !== undefined;
      if (path === '/') {
        const body = signedIn ? '<h1>Dashboard</h1><p>3 deals closing this week.</p>' : '<h1>Sample CRM</h1><p>Please log in.</p>';
        sendHtml(res, 200, page('en', 'Sample CRM', STYLE, header(visit), body), visit);
      } else if (path === '/account' && signedIn) {
        sendHtml(res, 200, page('en', 'Account — Sample CRM', STYLE, header(visit), accountPage(visit)), visit);
      } else if (path === '/account') {
        redirect(res, '/login', 302, visit);
      } else if (path === '/account/delete') {
        tools.decoyHit();
        sendHtml(res, 200, page('en', 'Delete account', STYLE, header(visit), '<h1>Your account is scheduled for deletion</h1>'), visit);
      } else if (path === '/account/sessions/others' && req.method === 'POST') {
        redirect(res, '/account', 303, visit); // Other devices only: this session stays.
      } else if (path === '/session/end') {
        tools.signOut(visit);
        redirect(res, '/login', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
}
