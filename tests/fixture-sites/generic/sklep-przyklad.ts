import { escapeHtml, redirect, sendHtml } from '../types';
import { createGenericSite, page, type GenericFixtureSite, type Visit } from './base';

/**
 * (a) A Polish shop: "Wyloguj się" is a plain link in the header, with "Usuń konto" (the decoy) right beside it.
 * Sessions: SKLEPSESSID (HttpOnly, browser session) and sklep_remember (persistent), both on .sklep-przyklad.pl;
 * every visitor also gets a cart id and an analytics cookie, which say nothing about signing in.
 */

const HOST = 'www.sklep-przyklad.pl';
const STYLE = `header{display:flex;gap:16px;align-items:center;padding:10px 20px;background:#1b5e20;color:#fff}
header a{color:#fff}.logo{font-weight:bold;font-size:20px;margin-right:auto}`;

function header(visit: Visit): string {
  const account = visit.session
    ? `<span class="witaj">Witaj, ${escapeHtml(visit.session.name)}</span>
<a href="/konto">Moje konto</a>
<a href="/konto/usun" class="danger">Usuń konto</a>
<a href="/wyloguj" class="logout">Wyloguj się</a>`
    : `<a href="/logowanie">Zaloguj się</a>`;
  return `<header><a class="logo" href="/">Sklep Przykład</a>
<form action="/szukaj" role="search"><input name="q" placeholder="Szukaj produktów"></form>
<a href="/koszyk">Koszyk (0)</a>${account}</header>`;
}

const products = ['Kubek', 'Koszulka', 'Plecak', 'Notes']
  .map((name, i) => `<li><a href="/produkt/${i + 1}">${name}</a> — ${19 + i * 10},99 zł <button type="button">Do koszyka</button></li>`)
  .join('');

export function createSklepPrzyklad(): GenericFixtureSite {
  return createGenericSite({
    name: 'sklep-przyklad',
    host: HOST,
    domain: 'sklep-przyklad.pl',
    redirectHosts: ['sklep-przyklad.pl'],
    lang: 'pl',
    authCookies: [
      { name: 'SKLEPSESSID', holdsToken: true, attributes: { domain: '.sklep-przyklad.pl', path: '/', secure: true, httpOnly: true } },
      { name: 'sklep_remember', days: 30, attributes: { domain: '.sklep-przyklad.pl', path: '/', secure: true, httpOnly: true } },
    ],
    anonymousCookies: [
      { name: 'koszyk_id', days: 30, attributes: { domain: '.sklep-przyklad.pl', path: '/', secure: true } },
      { name: '_ga', days: 400, attributes: { domain: '.sklep-przyklad.pl', path: '/', secure: true } },
    ],
    signIn: {
      path: '/logowanie',
      email: '#email',
      password: '#haslo',
      submit: '#zaloguj',
      emailField: 'email',
      passwordField: 'haslo',
      page: (visit, error) =>
        page('pl', 'Logowanie — Sklep Przykład', STYLE, header(visit), `<h1>Logowanie</h1>
${error ? '<p role="alert" id="blad">Nieprawidłowy e-mail lub hasło.</p>' : ''}
<form method="post" action="/logowanie">
<label for="email">E-mail</label> <input id="email" name="email" type="email" autocomplete="username">
<label for="haslo">Hasło</label> <input id="haslo" name="haslo" type="password" autocomplete="current-password">
<button id="zaloguj" type="submit">Zaloguj się</button>
</form>`),
    },
    route(req, res, visit, tools) {
      const path = visit.url.pathname;
      if (path === '/') {
        sendHtml(res, 200, page('pl', 'Sklep Przykład', STYLE, header(visit), `<h1>Polecane</h1><ul>${products}</ul>`), visit);
      } else if (path === '/partnerzy') {
        // A page that embeds another site's widget (tests/e2e/frame-attribution.spec.ts): the frame is not this shop.
        const widget = '<iframe id="partner" title="Partner" src="https://www.konto-pulapka.pl/widget" width="400" height="120"></iframe>';
        sendHtml(res, 200, page('pl', 'Partnerzy', STYLE, header(visit), `<h1>Nasi partnerzy</h1>${widget}`), visit);
      } else if (path === '/konto' && !visit.session) {
        redirect(res, '/logowanie', 302, visit);
      } else if (path === '/konto') {
        sendHtml(res, 200, page('pl', 'Moje konto', STYLE, header(visit), `<h1>Moje konto</h1><p>${escapeHtml(visit.session!.email)}</p>`), visit);
      } else if (path.startsWith('/konto/usun')) {
        tools.decoyHit(); // Would start deleting the account: Signoff must never come here.
        sendHtml(res, 200, page('pl', 'Usuń konto', STYLE, header(visit), '<h1>Czy na pewno chcesz usunąć konto?</h1>'), visit);
      } else if (path === '/wyloguj') {
        tools.signOut(visit);
        redirect(res, '/', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
}
