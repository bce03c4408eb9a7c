import { escapeHtml, redirect, sendHtml, sendText, readForm, serializeCookie } from '../types';
import { createGenericSite, page, randomToken, type GenericFixtureSite, type Visit } from './base';

/**
 * (c) A French shop built on a Django-like framework: "Se déconnecter" is the submit button of a POST form that
 * carries a CSRF token (checked against the csrftoken cookie, double-submit style); a GET of the sign-out address
 * does nothing. Next to it, "Supprimer le compte" is another POST form (the decoy). Sessions: sessionid
 * (HttpOnly); csrftoken exists for every visitor and is no sign of a session.
 */

const HOST = 'www.boutique-exemple.fr';
const CSRF_COOKIE = 'csrftoken';
const STYLE = `header{display:flex;gap:14px;align-items:center;padding:10px 20px;background:#f3e5f5}
.marque{font-family:serif;font-size:22px;margin-right:auto}button.lien{background:none;border:0;color:#6a1b9a;text-decoration:underline;cursor:pointer;font:inherit}`;

function csrfToken(visit: Visit): string {
  const existing = visit.cookies.get(CSRF_COOKIE);
  if (existing) return existing;
  const token = randomToken(16);
  visit.cookies.set(CSRF_COOKIE, token);
  visit.setCookies.push(serializeCookie(CSRF_COOKIE, token, { path: '/', secure: true, sameSite: 'Lax', expires: new Date(Date.now() + 365 * 864e5) }));
  return token;
}

const csrfField = (visit: Visit) => `<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(csrfToken(visit))}">`;

function header(visit: Visit): string {
  const account = visit.session
    ? `<span>Bonjour, ${escapeHtml(visit.session.name)}</span>
<a href="/compte/">Mon compte</a>
<form class="inline" method="post" action="/compte/supprimer/">${csrfField(visit)}<button type="submit" class="lien">Supprimer le compte</button></form>
<form class="inline" method="post" action="/compte/deconnexion/">${csrfField(visit)}<button type="submit" class="lien">Se déconnecter</button></form>`
    : `<a href="/compte/connexion/">Se connecter</a>`;
  return `<header><a class="marque" href="/">Boutique Exemple</a><a href="/panier/">Panier</a>${account}</header>`;
}

/** Double-submit check: the form's token must equal the csrftoken cookie. */
function csrfOk(visit: Visit, form: URLSearchParams): boolean {
  const cookie = visit.cookies.get(CSRF_COOKIE);
  return cookie !== undefined && form.get('csrfmiddlewaretoken') === cookie;
}

export function createBoutiqueExemple(): GenericFixtureSite {
  return createGenericSite({
    name: 'boutique-exemple',
    host: HOST,
    domain: 'boutique-exemple.fr',
    redirectHosts: ['boutique-exemple.fr'],
    lang: 'fr',
    authCookies: [{ name: 'sessionid', holdsToken: true, days: 14, attributes: { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } }],
    signIn: {
      path: '/compte/connexion/',
      email: '#id_username',
      password: '#id_password',
      submit: 'button[type="submit"]',
      emailField: 'username',
      passwordField: 'password',
      accept: csrfOk,
      page: (visit, error) =>
        page('fr', 'Connexion — Boutique Exemple', STYLE, header(visit), `<h1>Connexion</h1>
${error ? '<p role="alert" class="errorlist">Adresse e-mail ou mot de passe incorrect.</p>' : ''}
<form method="post" action="/compte/connexion/">${csrfField(visit)}
<p><label for="id_username">Adresse e-mail</label> <input id="id_username" name="username" type="email"></p>
<p><label for="id_password">Mot de passe</label> <input id="id_password" name="password" type="password"></p>
<button type="submit">Se connecter</button>
</form>`),
    },
    async route(req, res, visit, tools) {
      const path = visit.url.pathname;
      if (path === '/') {
        sendHtml(res, 200, page('fr', 'Boutique Exemple', STYLE, header(visit), '<h1>Nouveautés</h1><p>Savons, bougies et carnets faits main.</p>'), visit);
      } else if (path === '/compte/' && visit.session) {
        sendHtml(res, 200, page('fr', 'Mon compte', STYLE, header(visit), `<h1>Mon compte</h1><p>${escapeHtml(visit.session.email)}</p>`), visit);
      } else if (path === '/compte/') {
        redirect(res, '/compte/connexion/', 302, visit);
      } else if (path === '/compte/supprimer/') {
        tools.decoyHit();
        sendHtml(res, 200, page('fr', 'Supprimer le compte', STYLE, header(visit), '<h1>Confirmez la suppression</h1>'), visit);
      } else if (path === '/compte/deconnexion/') {
        if (req.method !== 'POST') {
          sendText(res, 405, 'Méthode non autorisée');
          return true;
        }
        if (!csrfOk(visit, await readForm(req))) {
          sendText(res, 403, 'Forbidden (CSRF)');
          return true;
        }
        tools.signOut(visit);
        redirect(res, '/', 302, visit);
      } else {
        return false;
      }
      return true;
    },
  });
}
