import { escapeHtml } from '../types';
import { guidePageTexts } from './guide-texts';
import type { Marketplace } from './marketplaces';
import { renderMobileFooter, renderMobileNav, renderNav, type NavState } from './nav';

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; color: #0f1111; }
#navbar { background: #131921; color: #fff; }
#nav-belt { display: flex; align-items: center; gap: 16px; height: 60px; padding: 0 12px; }
#nav-belt a { color: #fff; text-decoration: none; }
#nav-xshop { background: #232f3e; padding: 6px 12px; } #nav-xshop a { color: #fff; text-decoration: none; }
#nav-logo-sprites { font-size: 22px; font-weight: bold; }
#nav-search-bar-form { flex: 1; }
#twotabsearchtextbox { width: 100%; height: 36px; border: 0; border-radius: 4px; padding: 0 8px; }
#nav-link-accountList { padding: 8px; }
#nav-link-accountList .nav-line-1 { display: block; font-size: 12px; }
#nav-link-accountList .nav-line-2, #nav-orders .nav-line-2, #nav-cart .nav-line-2 { font-weight: bold; }
.nav-flyout { position: absolute; z-index: 100; width: 400px; display: none; background: #fff; color: #0f1111;
  border-radius: 8px; box-shadow: 0 2px 12px rgba(0,0,0,.35); padding: 12px; }
#nav-al-container { display: flex; gap: 24px; }
.nav-al-column { flex: 1; }
.nav-title { font-weight: bold; font-size: 16px; margin-bottom: 6px; }
.nav-link { display: block; padding: 4px 0; color: #444; text-decoration: none; }
.nav-link:hover { color: #c45500; text-decoration: underline; }
.nav-action-signin-button { display: block; text-align: center; background: #ffd814; border-radius: 8px; padding: 8px; color: #0f1111; }
main { padding: 20px; }
.a-box { max-width: 350px; margin: 20px auto; border: 1px solid #ddd; border-radius: 8px; padding: 20px 26px; }
.a-box label { display: block; font-weight: bold; margin: 10px 0 4px; }
.a-box input[type=email], .a-box input[type=password] { width: 100%; box-sizing: border-box; height: 31px; }
.a-button-primary { margin-top: 14px; width: 100%; height: 31px; background: #ffd814; border: 1px solid #fcd200; border-radius: 8px; }
.a-alert-error { border: 1px solid #c40000; border-radius: 8px; padding: 10px 14px; margin: 20px auto; max-width: 350px; }
.a-alert-error h4 { color: #c40000; margin: 0 0 4px; }
.auth-logo { text-align: center; font-size: 28px; font-weight: bold; padding: 14px; }
.cvf-account-switcher-header { display: flex; justify-content: space-between; align-items: baseline; }
.cvf-account-switcher-profile { display: flex; align-items: center; gap: 8px; border-bottom: 1px solid #eee; }
.cvf-account-switcher-profile form { flex: 1; }
.cvf-widget-btn-verify-account-switcher { display: block; padding: 10px 0; color: #0f1111; text-decoration: none; }
[data-test-id="customerName"] { font-weight: bold; }
.cvf-account-switcher-claim { color: #565959; }
.cvf-account-switcher-profile-details-after-account-removed { padding: 10px 0; color: #565959; border-bottom: 1px solid #eee; }
#cvf-account-switcher-add-accounts-link { display: block; margin-top: 12px; }
#nav-main { background: #232f3e; color: #fff; padding: 8px 10px; }
#nav-main a { color: #fff; text-decoration: none; }
#nav-logobar { display: flex; align-items: center; gap: 12px; }
#nav-logo { font-size: 20px; font-weight: bold; flex: 1; }
#nav-search-keywords { width: 100%; box-sizing: border-box; height: 40px; margin-top: 8px; border: 0; border-radius: 6px; }
#nav-ftr { background: #232f3e; color: #ddd; padding: 16px; margin-top: 600px; }
#nav-ftr-links { list-style: none; margin: 0; padding: 0; }
#nav-ftr-links a { display: block; color: #fff; padding: 8px 0; text-decoration: none; }
#nav-ftr-copyright { font-size: 11px; margin-top: 10px; }
`;

interface LayoutOptions {
  title: string;
  body: string;
  /** The main navigation bar; the sign-in pages have none, like on the real site. */
  nav?: NavState;
}

function header(m: Marketplace, nav: NavState | undefined): string {
  if (!nav) return `<div class="auth-logo"><a href="/">amazon</a></div>`;
  return nav.layout === 'mobile' ? renderMobileNav(m, nav) : renderNav(m, nav);
}

export function layout(m: Marketplace, options: LayoutOptions): string {
  return `<!doctype html>
<html lang="${m.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(options.title)}</title><style>${STYLE}</style></head>
<body>
${header(m, options.nav)}
<main>
${options.body}
</main>
${options.nav?.layout === 'mobile' ? renderMobileFooter(m, options.nav) : ''}
</body>
</html>`;
}

export function homePage(m: Marketplace, nav: NavState): string {
  return layout(m, {
    title: `Amazon.${m.domain.slice('amazon.'.length)}`,
    nav,
    body: `<h1 id="gw-heading">${escapeHtml(m.texts.welcome)}</h1>
<div id="gw-card-layout"><div class="gw-card">📚</div><div class="gw-card">🎧</div><div class="gw-card">🧸</div></div>`,
  });
}

export function accountPage(m: Marketplace, nav: NavState, email: string): string {
  const t = m.texts;
  return layout(m, {
    title: t.yourAccount,
    nav,
    body: `<h1>${escapeHtml(t.yourAccount)}</h1>
<p id="ya-signed-in-as">${escapeHtml(t.accountPageIntro(email))}</p>
<ul><li><a href="/gp/css/order-history">${escapeHtml(t.yourOrders)}</a></li></ul>
${accountTiles(m)}`,
  });
}

/**
 * The "Your Account" tiles as the real page marks them up: a whole-card link around
 * `div[data-card-identifier="…"]` (capital first letter: "YourOrders", "Prime", "SignInAndSecurity").
 */
function accountTiles(m: Marketplace): string {
  const g = guidePageTexts(m.lang);
  const tile = (id: string, href: string, title: string, hint: string) =>
    `<a class="ya-card__whole-card-link" href="${href}"><div class="ya-card" data-card-identifier="${id}"><b>${escapeHtml(title)}</b>${escapeHtml(hint)}</div></a>`;
  return `<div class="ya-tiles" id="ya-tiles">${tile('YourOrders', '/gp/css/order-history?ref_=ya_d_c_yo', m.texts.yourOrders, '')}${tile(
    'Prime',
    '/gp/primecentral?ref_=ya_d_c_prime',
    g.primeTile,
    g.primeTileHint,
  )}${tile('SignInAndSecurity', '/ax/account/manage?ref_=ya_d_c_sec', 'Login & security', '')}</div>`;
}

function errorBox(m: Marketplace, message: string | undefined): string {
  if (message === undefined) return '';
  return `<div id="auth-error-message-box" class="a-alert-error" role="alert">
<h4>${escapeHtml(m.texts.problemTitle)}</h4><span class="a-list-item">${escapeHtml(message)}</span></div>`;
}

/** Hidden fields carried from step to step, as the real form carries its OpenID parameters. */
export function hiddenFields(fields: URLSearchParams): string {
  return [...fields]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
}

/** Step 1 of sign-in: the e-mail address. */
export function signInEmailPage(m: Marketplace, carried: URLSearchParams, error?: string, email = ''): string {
  const t = m.texts;
  return layout(m, {
    title: `Amazon ${t.signIn}`,
    body: `${errorBox(m, error)}
<div class="a-box"><h1>${escapeHtml(t.signIn)}</h1>
<form name="signIn" method="post" action="/ap/signin" novalidate>
${hiddenFields(carried)}
<label for="ap_email">${escapeHtml(t.emailLabel)}</label>
<input type="email" id="ap_email" name="email" value="${escapeHtml(email)}" autocomplete="username" autofocus>
<input id="continue" class="a-button-primary" type="submit" value="${escapeHtml(t.continue)}">
</form></div>`,
  });
}

/** Step 2 of sign-in: the password, for an e-mail the site knows. */
export function signInPasswordPage(m: Marketplace, carried: URLSearchParams, email: string, error?: string): string {
  const t = m.texts;
  return layout(m, {
    title: `Amazon ${t.signIn}`,
    body: `${errorBox(m, error)}
<div class="a-box"><h1>${escapeHtml(t.signIn)}</h1>
<div id="ap-claim">${escapeHtml(email)} <a id="ap_change_login_claim" href="/ap/signin">${escapeHtml(t.changeEmail)}</a></div>
<form name="signIn" method="post" action="/ap/signin" novalidate>
${hiddenFields(carried)}
<input type="hidden" name="email" value="${escapeHtml(email)}">
<label for="ap_password">${escapeHtml(t.passwordLabel)}</label>
<input type="password" id="ap_password" name="password" autocomplete="current-password" autofocus>
<input id="signInSubmit" class="a-button-primary" type="submit" value="${escapeHtml(t.signInButton)}">
</form></div>`,
  });
}

/** The "page not found" answer, used for unknown paths and for the removed sign-out page. */
export function notFoundPage(m: Marketplace, nav: NavState, message: string): string {
  return layout(m, {
    title: 'Page Not Found',
    nav,
    body: `<h1 id="g-404">404</h1><p>${escapeHtml(message)}</p><p><a href="/">${escapeHtml(m.texts.backHome)}</a></p>`,
  });
}
