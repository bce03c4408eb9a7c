import { escapeHtml, jsonForScript, redirect, sendHtml } from '../types';
import { createGenericSite, page, type GenericFixtureSite, type Visit } from './base';

/**
 * (b) A German forum: the sign-out is in the account dropdown under the user name, which the page builds by
 * script only after a click (and a short delay), like most forum software. Next to "Abmelden" sits
 * "Konto löschen" (the decoy). "Abmelden" carries a per-session key in its address, as phpBB's does, so only a
 * click on the real link signs out. Cookies are host-only on forum.beispiel.de: bsp_sid and bsp_auth.
 */

const HOST = 'forum.beispiel.de';
const STYLE = `header{display:flex;gap:14px;align-items:center;padding:8px 20px;background:#263238;color:#eceff1}
header a,header button{color:inherit}.brand{font-weight:bold;margin-right:auto}
.user-dropdown-toggle{background:none;border:1px solid #90a4ae;border-radius:16px;padding:2px 10px;cursor:pointer}
.avatar{width:20px;height:20px;border-radius:50%;vertical-align:middle;background:#90a4ae;display:inline-block}
.dropdown{position:absolute;right:20px;top:44px;background:#fff;color:#222;border:1px solid #ccc;border-radius:6px;padding:6px 0;min-width:180px;list-style:none;margin:0}
.dropdown a{display:block;padding:4px 14px;color:#222}`;

/** Builds the dropdown from JSON after a click, 250 ms later; a second click closes it. */
const DROPDOWN_SCRIPT = `(function () {
  var toggle = document.querySelector('.user-dropdown-toggle');
  if (!toggle) return;
  var items = JSON.parse(document.getElementById('user-menu-data').textContent);
  var menu = null;
  toggle.addEventListener('click', function () {
    if (menu) { menu.remove(); menu = null; toggle.setAttribute('aria-expanded', 'false'); return; }
    setTimeout(function () {
      menu = document.createElement('ul');
      menu.className = 'dropdown';
      menu.setAttribute('role', 'menu');
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.setAttribute('role', 'menuitem');
        a.href = item.href;
        a.textContent = item.text;
        li.appendChild(a);
        menu.appendChild(li);
      });
      document.body.appendChild(menu);
      toggle.setAttribute('aria-expanded', 'true');
    }, 250);
  });
})();`;

function header(visit: Visit): string {
  if (!visit.session) {
    return `<header><a class="brand" href="/">Beispiel-Forum</a><a href="/suche">Suche</a><a href="/anmelden">Anmelden</a>
<a href="/registrieren">Registrieren</a></header>`;
  }
  const items = [
    { text: 'Mein Profil', href: '/mitglied/jan' },
    { text: 'Private Nachrichten', href: '/nachrichten' },
    { text: 'Einstellungen', href: '/einstellungen' },
    { text: 'Konto löschen', href: '/einstellungen/konto-loeschen' },
    { text: 'Abmelden', href: `/ucp.php?mode=logout&sid=${visit.session.pageKey}` },
  ];
  return `<header><a class="brand" href="/">Beispiel-Forum</a><a href="/suche">Suche</a>
<button type="button" class="user-dropdown-toggle" aria-haspopup="menu" aria-expanded="false"><span class="avatar"></span> jan.k</button></header>
<script type="application/json" id="user-menu-data">${jsonForScript(items)}</script>
<script>${DROPDOWN_SCRIPT}</script>`;
}

const threads = ['Willkommen im Forum', 'Fahrrad-Reparatur: Schaltung stellt nicht', 'Rezepte für den Herbst']
  .map((title, i) => `<li><a href="/thema/${i + 1}">${title}</a> <small>${3 + i} Antworten</small></li>`)
  .join('');

export function createForumBeispiel(): GenericFixtureSite {
  return createGenericSite({
    name: 'forum-beispiel',
    host: HOST,
    domain: 'beispiel.de',
    lang: 'de',
    authCookies: [
      { name: 'bsp_sid', holdsToken: true, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
      { name: 'bsp_auth', days: 365, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } },
    ],
    anonymousCookies: [{ name: 'cookieconsent_status', days: 365, attributes: { path: '/', secure: true } }],
    signIn: {
      path: '/anmelden',
      email: '#benutzer',
      password: '#passwort',
      submit: 'input[name="login"]',
      emailField: 'username',
      passwordField: 'password',
      page: (visit, error) =>
        page('de', 'Anmelden — Beispiel-Forum', STYLE, header(visit), `<h1>Anmelden</h1>
${error ? '<p role="alert" id="fehler">Benutzername oder Passwort falsch.</p>' : ''}
<form method="post" action="/anmelden" id="login">
<p><label for="benutzer">E-Mail oder Benutzername</label><br><input id="benutzer" name="username" autocomplete="username"></p>
<p><label for="passwort">Passwort</label><br><input id="passwort" name="password" type="password" autocomplete="current-password"></p>
<p><label><input type="checkbox" name="autologin"> Angemeldet bleiben</label></p>
<input type="submit" name="login" value="Anmelden">
</form>`),
    },
    route(_req, res, visit, tools) {
      const path = visit.url.pathname;
      if (path === '/') {
        sendHtml(res, 200, page('de', 'Beispiel-Forum', STYLE, header(visit), `<h1>Neue Beiträge</h1><ul>${threads}</ul>`), visit);
      } else if (path.startsWith('/einstellungen/konto-loeschen')) {
        tools.decoyHit();
        sendHtml(res, 200, page('de', 'Konto löschen', STYLE, header(visit), '<h1>Konto wirklich löschen?</h1>'), visit);
      } else if (path === '/ucp.php' && visit.url.searchParams.get('mode') === 'logout') {
        // Only the link from the page signs out: it carries this session's key.
        if (visit.session && visit.url.searchParams.get('sid') === visit.session.pageKey) tools.signOut(visit);
        redirect(res, '/', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
}
