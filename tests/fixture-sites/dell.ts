import { baseTexts, defineFixtureSite, escapeHtml, readForm, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.dell.com as it signs in and out, and Dell KB 000126747's cancellation of a consumer support subscription as Dell
 * shows it today: MyAccount (/myaccount/<locale>: Subscriptions → the card #ma__card-managesubscription "Manage
 * Subscriptions" → View → Consumer Subscription Services or Action → Manage Subscriptions → Update/Cancel → Cancel);
 * Dell moved Digital Locker's functions there, so the Digital Locker address lands on MyAccount's subscriptions page.
 * `guides.locker = 'seed-locker'` brings back the seed's Digital Locker pages (Subscriptions tab → Action → Manage
 * Subscriptions → Service Tag → Cancel). Signed in, the masthead's `.mh-myaccount` has the class `auth`.
 * The Cancel button is rendered by script a moment after the page, and only when the subscription is eligible
 * (Premium Support, Premium Support Plus, APEX Device Manage, still active): ProSupport plans and cancelled ones
 * have none, as the KB says. The masthead's account menu opens on hover and holds "Sign Out" (a GET of the session
 * logout URL /di/v3/fp/session/logout/<id>, the id as on the saved page; another id signs nobody out). Cookie names
 * are a guess (LOW): di_session is the login (invented: no source names one); di_c, the identity service's
 * remembered-device token, is set at sign-in and kept after sign-out; DellCEMSession is every visitor's.
 */

interface DellTexts extends KitTexts {
  welcome(name: string): string;
  signInLabel: string;
  myAccount: string;
  orderStatus: string;
  support: string;
  homeTitle: string;
  accountNav: { orders: string; products: string; subscriptions: string; rewards: string; details: string };
  dashboardTitle: string;
  lockerTitle: string;
  lockerSignIn: string;
  lockerIntro: string;
  tabProducts: string;
  tabSubscriptions: string;
  products: string;
  subscriptionsTitle: string;
  action: string;
  manageSubscriptions: string;
  downloadInvoice: string;
  consumerServices: string;
  view: string;
  manageIntro: string;
  subscriptionData: string;
  serviceTagLabel: string;
  serviceLabel: string;
  billingPlan: string;
  statusLabel: string;
  statusActive: string;
  statusCancelled: string;
  renewsOn: string;
  updateCancel: string;
  cancel: string;
  detailsTitle: string;
  cancelled(date: string): string;
  hardwareAndSoftware: string;
  monthly: string;
  dateLocale: string;
}

const en: DellTexts = {
  ...baseTexts.en,
  siteName: 'Dell',
  signInTitle: 'Sign In',
  identifierLabel: 'Email Address',
  signInButton: 'Sign In',
  wrongPassword: 'The email address or password is incorrect.',
  unknownAccount: 'The email address or password is incorrect.',
  accountTitle: 'My Account',
  signOut: 'Sign Out',
  welcome: (name) => `Welcome, ${name}`,
  signInLabel: 'Sign In',
  myAccount: 'My Account',
  orderStatus: 'Order Status',
  support: 'Support',
  homeTitle: 'Computers, Monitors & Technology Solutions',
  accountNav: { orders: 'Orders', products: 'Products', subscriptions: 'Subscriptions', rewards: 'Rewards', details: 'Account Details' },
  dashboardTitle: 'Dashboard',
  lockerTitle: 'Dell Digital Locker',
  lockerSignIn: 'Sign In',
  lockerIntro: 'Manage your software and subscriptions in one place.',
  tabProducts: 'Products',
  tabSubscriptions: 'Subscriptions',
  products: 'Your products',
  subscriptionsTitle: 'Subscriptions',
  action: 'Action',
  manageSubscriptions: 'Manage Subscriptions',
  downloadInvoice: 'Download Invoice',
  consumerServices: 'Consumer Subscription Services',
  view: 'View',
  manageIntro: 'See and manage the hardware and software subscriptions you bought from Dell.',
  subscriptionData: 'Subscription details',
  serviceTagLabel: 'Service Tag',
  serviceLabel: 'Service',
  billingPlan: 'Billing plan',
  statusLabel: 'Status',
  statusActive: 'Active',
  statusCancelled: 'Cancelled',
  renewsOn: 'Renews on',
  updateCancel: 'Update/Cancel',
  cancel: 'Cancel',
  detailsTitle: 'Subscription service details',
  cancelled: (date) => `Your subscription has been cancelled. You will not be charged again; your support coverage continues until ${date}.`,
  hardwareAndSoftware: 'Hardware and software subscriptions',
  monthly: 'Monthly',
  dateLocale: 'en-US',
};

const pl: DellTexts = {
  ...baseTexts.pl,
  siteName: 'Dell',
  signInTitle: 'Logowanie',
  identifierLabel: 'Adres e-mail',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Adres e-mail lub hasło są nieprawidłowe.',
  unknownAccount: 'Adres e-mail lub hasło są nieprawidłowe.',
  accountTitle: 'Moje konto',
  signOut: 'Wyloguj się',
  welcome: (name) => `Witaj, ${name}`,
  signInLabel: 'Zaloguj się',
  myAccount: 'Moje konto',
  orderStatus: 'Status zamówienia',
  support: 'Wsparcie',
  homeTitle: 'Komputery, monitory i rozwiązania technologiczne',
  accountNav: { orders: 'Zamówienia', products: 'Produkty', subscriptions: 'Subskrypcje', rewards: 'Nagrody', details: 'Szczegóły konta' },
  dashboardTitle: 'Pulpit',
  lockerTitle: 'Dell Digital Locker',
  lockerSignIn: 'Logowanie',
  lockerIntro: 'Zarządzaj oprogramowaniem i subskrypcjami w jednym miejscu.',
  tabProducts: 'Produkty',
  tabSubscriptions: 'Subskrypcje',
  products: 'Twoje produkty',
  subscriptionsTitle: 'Subskrypcje',
  action: 'Działania',
  manageSubscriptions: 'Zarządzaj subskrypcjami',
  downloadInvoice: 'Pobierz fakturę',
  consumerServices: 'Consumer Subscription Services',
  view: 'Wyświetl',
  manageIntro: 'Zobacz subskrypcje sprzętu i oprogramowania kupione w firmie Dell i zarządzaj nimi.',
  subscriptionData: 'Dane subskrypcji',
  serviceTagLabel: 'Kod Service Tag',
  serviceLabel: 'Usługa',
  billingPlan: 'Plan fakturowania',
  statusLabel: 'Status',
  statusActive: 'Aktywna',
  statusCancelled: 'Anulowana',
  renewsOn: 'Odnowienie',
  updateCancel: 'Aktualizuj/Anuluj',
  cancel: 'Anuluj',
  detailsTitle: 'Szczegóły usługi subskrypcji',
  cancelled: (date) => `Subskrypcja została anulowana. Nie pobierzemy już opłat; wsparcie obowiązuje do ${date}.`,
  hardwareAndSoftware: 'Subskrypcje sprzętu i oprogramowania',
  monthly: 'Miesięcznie',
  dateLocale: 'pl-PL',
};

export const dellUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

export type DellPlan = 'Premium Support' | 'Premium Support Plus' | 'APEX Device Manage' | 'ProSupport' | 'ProSupport Plus';

export interface DellSubscription {
  id: string;
  plan: DellPlan;
  product: string;
  serviceTag: string;
  status: 'active' | 'cancelled';
  renewsOn: Date;
  /** Who pressed Cancel: a person's trusted click, or a script. */
  cancelledBy?: 'person' | 'script' | 'none';
  cancelledVia?: 'digital-locker' | 'dell-account';
}

const ELIGIBLE: readonly DellPlan[] = ['Premium Support', 'Premium Support Plus', 'APEX Device Manage'];
const LOCKER = '/support/software-and-subscriptions';
/** MyAccount's locale segment (dell.com/myaccount/<locale>). */
const locale = (v: Visit<DellTexts>) => (v.lang === 'pl' ? 'pl-pl' : 'en-us');
const myAccountSubscriptions = (v: Visit<DellTexts>) => `/myaccount/${locale(v)}/home/software-and-subscriptions`;
/** The id in the masthead's sign-out address on the saved dell.com page. */
export const DELL_LOGOUT_ID = '2c742395-6cc1-4e68-ba00-fdceae72418b';

const STYLE = `
body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #0e0e0e; }
.mh-top { display: flex; align-items: center; gap: 24px; padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
.mh-logo { font-size: 24px; font-weight: bold; color: #0672cb; text-decoration: none; }
.mh-nav { flex: 1; display: flex; gap: 16px; }
.mh-nav a { color: #0e0e0e; text-decoration: none; }
.mh-myaccount-btn { display: inline-flex; gap: 6px; padding: 8px 12px; color: #0e0e0e; text-decoration: none; border: 1px solid #ccc; border-radius: 2px; }
.mh-myaccount-auth-dropdown { background: #fff; border: 1px solid #ccc; padding: 12px; width: 260px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.mh-myaccount-auth-dropdown a { display: block; padding: 4px 0; color: #0672cb; }
.mh-btn { display: inline-block; padding: 8px 16px; border: 1px solid #0672cb; border-radius: 2px; background: #fff; color: #0672cb; cursor: pointer; font: inherit; text-decoration: none; }
.mh-btn-primary, .dds__button--primary { background: #0672cb; color: #fff; }
main { padding: 20px 24px; }
.layout { display: flex; gap: 24px; }
#myaccount-nav { width: 200px; border-right: 1px solid #ddd; }
#myaccount-nav a { display: block; padding: 6px 0; color: #0672cb; }
.ddl-tabs { display: flex; gap: 8px; border-bottom: 1px solid #ccc; margin-bottom: 12px; }
.ddl-tabs a { padding: 8px 12px; color: #0e0e0e; text-decoration: none; }
.ddl-tabs a[aria-selected="true"] { border-bottom: 3px solid #0672cb; }
table.subs { border-collapse: collapse; width: 100%; }
table.subs td, table.subs th { border-bottom: 1px solid #eee; padding: 8px; text-align: left; }
.action-menu { position: absolute; background: #fff; border: 1px solid #ccc; padding: 6px 0; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.action-menu[hidden] { display: none; }
.action-menu a { display: block; padding: 4px 12px; color: #0e0e0e; }
.sub-data { margin-bottom: 700px; }
dl.sub { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; }
.dds__message-bar { background: #e7f3e8; border-left: 4px solid #2e7d32; padding: 12px; margin: 12px 0; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; padding: 8px; }
.kit-error { color: #b00; }
`;

function dateText(date: Date, t: DellTexts): string {
  return date.toLocaleDateString(t.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface DellGuideControls {
  /** myaccount: today's pages (the locker's address redirects). seed-locker: the seed's Digital Locker pages. */
  locker: 'myaccount' | 'seed-locker';
}

export function createDellSite() {
  const guides: DellGuideControls = { locker: 'myaccount' };
  const subscriptions = new Map<string, DellSubscription>();
  const subscriptionOf = (email: string): DellSubscription => {
    let found = subscriptions.get(email);
    if (!found) {
      found = {
        id: email.startsWith('jan') ? 'sub-5d1a7c' : 'sub-8e22f0',
        plan: 'Premium Support',
        product: email.startsWith('jan') ? 'XPS 13 9340' : 'Inspiron 16 5640',
        serviceTag: email.startsWith('jan') ? '7XK2Q93' : 'H4M9R21',
        status: 'active',
        renewsOn: new Date(Date.UTC(2027, 2, 14)),
      };
      subscriptions.set(email, found);
    }
    return found;
  };

  const signInHref = (v: Visit<DellTexts>) => `/identity/global/loginorregister?redirectUrl=${encodeURIComponent(v.url.pathname + v.url.search)}`;
  const requireSession = (v: Visit<DellTexts>): boolean => {
    if (v.session) return true;
    redirect(v.res, signInHref(v), 302, v);
    return false;
  };
  const mine = (v: Visit<DellTexts>, id: string | undefined): DellSubscription | undefined => {
    const sub = v.session && subscriptionOf(v.session.user.email);
    return sub && sub.id === id ? sub : undefined;
  };

  /** The consumer subscription and a software one, in a table with an "Action" menu per row. */
  function subscriptionTable(v: Visit<DellTexts>, base: string, prefix: 'ddl' | 'ma'): string {
    const t = v.t;
    const sub = subscriptionOf(v.session!.user.email);
    const row = (type: string, name: string, product: string, status: string, href: string) =>
      `<tr data-subscription-type="${type}"><td>${escapeHtml(name)}</td><td>${escapeHtml(product)}</td><td>${escapeHtml(status)}</td>
<td style="position:relative"><button type="button" class="mh-btn ${prefix}-action" aria-haspopup="menu" aria-expanded="false">${escapeHtml(t.action)}</button>
<div class="action-menu ${prefix}-action-menu" role="menu" hidden><a role="menuitem" class="${prefix}-manage" href="${href}">${escapeHtml(t.manageSubscriptions)}</a>
<a role="menuitem" href="#invoice">${escapeHtml(t.downloadInvoice)}</a></div></td></tr>`;
    return `<table class="subs"><thead><tr><th>${escapeHtml(t.serviceLabel)}</th><th>${escapeHtml(t.products)}</th><th>${escapeHtml(t.statusLabel)}</th><th></th></tr></thead><tbody>
${row('consumer', `${sub.plan} — ${t.consumerServices}`, sub.product, sub.status === 'active' ? t.statusActive : t.statusCancelled, `${base}/${sub.id}`)}
${row('software', 'McAfee LiveSafe', sub.product, t.statusActive, `${base}/mcafee-livesafe`)}
</tbody></table>
<script>
document.querySelectorAll('.${prefix}-action').forEach(function (button) {
  button.addEventListener('click', function () {
    var menu = button.nextElementSibling;
    setTimeout(function () { menu.hidden = !menu.hidden; button.setAttribute('aria-expanded', String(!menu.hidden)); }, 150);
  });
});
</script>`;
  }

  /** The details page both routes end on: service, Service Tag, billing plan; Cancel only when eligible. */
  function detailsPage(v: Visit<DellTexts>, sub: DellSubscription, cancelAction: string): void {
    const t = v.t;
    const eligible = sub.status === 'active' && ELIGIBLE.includes(sub.plan);
    const confirmation =
      v.url.searchParams.get('cancelled') === '1' && sub.status === 'cancelled'
        ? `<div class="dds__message-bar" id="subscription-cancel-confirmation" role="status">${escapeHtml(t.cancelled(dateText(sub.renewsOn, t)))}</div>`
        : '';
    // The Cancel button arrives with the page's script, like the real single-page app's.
    const cancel = eligible
      ? `<div id="cancel-slot"></div><script>setTimeout(function () {
  document.getElementById('cancel-slot').innerHTML = ${JSON.stringify(
    `<form method="post" action="${escapeHtml(cancelAction)}"><input type="hidden" name="pressedBy" id="cancel-pressed" value="none">` +
      `<button type="submit" class="mh-btn dds__button--primary" id="subscription-cancel" value="cancel">${escapeHtml(t.cancel)}</button></form>`,
  ).replace(/</g, '\\u003c')};
  document.getElementById('subscription-cancel').addEventListener('click', function (e) { document.getElementById('cancel-pressed').value = e.isTrusted ? 'person' : 'script'; });
}, 400);</script>`
      : '';
    v.sendPage(200, {
      title: `${t.detailsTitle} · Dell`,
      body: `<h1>${escapeHtml(t.detailsTitle)}</h1>${confirmation}
<section data-subscription-details data-status="${sub.status}">
<dl class="sub">
<dt>${escapeHtml(t.serviceLabel)}</dt><dd id="sub-plan">${escapeHtml(sub.plan)}</dd>
<dt>${escapeHtml(t.serviceTagLabel)}</dt><dd>${escapeHtml(sub.serviceTag)}</dd>
<dt>${escapeHtml(t.billingPlan)}</dt><dd>${escapeHtml(t.monthly)} · 9,99 €</dd>
<dt>${escapeHtml(t.statusLabel)}</dt><dd id="sub-status">${escapeHtml(sub.status === 'active' ? t.statusActive : t.statusCancelled)}</dd>
<dt>${escapeHtml(t.renewsOn)}</dt><dd>${escapeHtml(dateText(sub.renewsOn, t))}</dd>
</dl>
${cancel}
</section>`,
    });
  }

  async function cancelPost(v: Visit<DellTexts>, id: string | undefined, via: DellSubscription['cancelledVia'], back: string): Promise<void> {
    const form = await readForm(v.req);
    const sub = mine(v, id);
    if (!sub) return redirect(v.res, '/', 302, v);
    if (sub.status === 'active' && ELIGIBLE.includes(sub.plan)) {
      const pressed = form.get('pressedBy');
      sub.status = 'cancelled';
      sub.cancelledBy = pressed === 'person' || pressed === 'script' ? pressed : 'none';
      sub.cancelledVia = via;
    }
    redirect(v.res, `${back}?cancelled=1`, 302, v);
  }

  const site = defineFixtureSite<DellTexts>({
    name: 'dell',
    hosts: { main: 'www.dell.com', redirectToMain: ['dell.com'] },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: dellUsers,
    cookies: {
      session: 'di_session',
      browserId: 'DellCEMSession',
      auth: [
        { name: 'di_session', value: 'session-token', domain: '.dell.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: 'di_c', value: 'random', domain: '.dell.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30, onSignOut: 'keep' },
      ],
      anonymous: [{ name: 'DellCEMSession', value: 'random', domain: '.dell.com', path: '/', httpOnly: true, secure: true }],
    },
    signIn: {
      path: '/identity/global/loginorregister',
      identifier: { name: 'EmailAddress', id: 'EmailAddress', attrs: 'autocomplete="username"' },
      password: { name: 'Password', id: 'Password', attrs: 'autocomplete="current-password"' },
      submit: { id: 'sign-in-button' },
      csrfField: '__RequestVerificationToken',
      afterSignIn: '/',
      returnParam: 'redirectUrl',
    },
    home: { paths: ['/', '/en-us', '/pl-pl'] },
    account: { path: '/myaccount' },
    accountMenu: {
      trigger: '.mh-myaccount-btn',
      open: 'hover',
      attrs: 'class="mh-myaccount-auth-dropdown" role="menu"',
      render: (v, signOut) => `<h2 id="um-so-fl-label" class="dropdown-title">${escapeHtml(v.t.welcome(v.session?.user.name.split(' ')[0] ?? ''))}</h2>
<a role="menuitem" href="/myaccount/${locale(v)}">${escapeHtml(v.t.myAccount)}</a>
<a role="menuitem" href="/myaccount/orders">${escapeHtml(v.t.orderStatus)}</a>
<a role="menuitem" href="${LOCKER}">Dell Digital Locker</a>
<div class="auth-signout">${signOut ? signOutControl(signOut, v.t.signOut, 'class="mh-btn mh-btn-secondary navigate logout" role="button" log-out-redirect-url="//www.dell.com/en-us"') : ''}</div>`,
    },
    signOut: { kind: 'get-url', path: `/di/v3/fp/session/logout/${DELL_LOGOUT_ID}`, redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) => `<header class="mh-top"><a class="mh-logo" href="/" aria-label="Dell">DELL</a>
<nav class="mh-nav"><a href="${LOCKER}">${escapeHtml(v.t.support)}</a></nav>
<div class="mh-myaccount${v.session ? ' auth' : ''}">${
        v.session
          ? `<a class="mh-myaccount-btn mh-flyout-link" role="button" href="/myaccount"><span id="um-si-label" class="label">${escapeHtml(v.session.user.name.split(' ')[0] ?? '')}</span></a>`
          : `<a class="mh-myaccount-btn mh-flyout-link" role="button" aria-label="${escapeHtml(v.t.signInLabel)}" href="${escapeHtml(signInHref(v))}"><span id="um-si-label" class="label" data-header-label="Sign In">${escapeHtml(v.t.signInLabel)}</span></a>`
      }</div></header>`,
      home: (v) => `<h1>${escapeHtml(v.t.homeTitle)}</h1><p><a href="${LOCKER}">Dell Digital Locker</a></p>`,
      account: (v) => dashboard(v),
      signIn: (v, state) => `<div class="kit-sign-in"><h1>${escapeHtml(v.t.signInTitle)}</h1>
${state.error ? `<div class="kit-error" role="alert">${escapeHtml(state.error)}</div>` : ''}
<form id="frmSignIn" method="post" action="${escapeHtml(state.action)}" novalidate>
${Object.entries(state.hidden).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
<label for="EmailAddress">${escapeHtml(v.t.identifierLabel)}</label><input type="text" name="EmailAddress" id="EmailAddress" value="${escapeHtml(state.identifier)}" autocomplete="username">
<label for="Password">${escapeHtml(v.t.passwordLabel)}</label><input type="password" name="Password" id="Password" autocomplete="current-password">
<button type="submit" id="sign-in-button" class="mh-btn mh-btn-primary">${escapeHtml(v.t.signInButton)}</button>
</form></div>`,
    },
    routes: [
      // ——— Dell Digital Locker ———
      {
        path: LOCKER,
        method: 'GET',
        handle: (v) => {
          const t = v.t;
          // Today the Digital Locker's address lands on MyAccount (after a sign-in when needed).
          if (guides.locker === 'myaccount') {
            if (requireSession(v)) redirect(v.res, myAccountSubscriptions(v), 302, v);
            return;
          }
          if (!v.session) {
            v.sendPage(200, {
              title: `${t.lockerTitle} · Dell`,
              body: `<h1>${escapeHtml(t.lockerTitle)}</h1><p>${escapeHtml(t.lockerIntro)}</p>
<a class="mh-btn mh-btn-primary" id="ddl-sign-in" href="${escapeHtml(signInHref(v))}">${escapeHtml(t.lockerSignIn)}</a>`,
            });
            return;
          }
          const tab = v.url.searchParams.get('tab') === 'subscriptions' ? 'subscriptions' : 'products';
          const sub = subscriptionOf(v.session.user.email);
          const tabLink = (name: string, label: string) =>
            `<a role="tab" data-tab="${name}" aria-selected="${tab === name}" href="${LOCKER}?tab=${name}">${escapeHtml(label)}</a>`;
          const panel =
            tab === 'subscriptions'
              ? `<div data-ddl-panel="subscriptions"><h2>${escapeHtml(t.subscriptionsTitle)}</h2>${subscriptionTable(v, `${LOCKER}/subscriptions`, 'ddl')}</div>`
              : `<div data-ddl-panel="products"><h2>${escapeHtml(t.products)}</h2><ul><li>${escapeHtml(sub.product)} (${escapeHtml(sub.serviceTag)})</li></ul></div>`;
          v.sendPage(200, {
            title: `${t.lockerTitle} · Dell`,
            body: `<h1>${escapeHtml(t.lockerTitle)}</h1><nav class="ddl-tabs" role="tablist">${tabLink('products', t.tabProducts)}${tabLink('subscriptions', t.tabSubscriptions)}</nav>${panel}`,
          });
        },
      },
      {
        path: /^\/support\/software-and-subscriptions\/subscriptions\/([\w-]+)$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const id = /subscriptions\/([\w-]+)$/.exec(v.url.pathname)?.[1];
          const sub = mine(v, id);
          if (!sub) return false;
          const t = v.t;
          v.sendPage(200, {
            title: `${t.subscriptionData} · Dell`,
            body: `<h1>${escapeHtml(t.subscriptionData)}</h1><div class="sub-data"><dl class="sub"><dt>${escapeHtml(t.serviceLabel)}</dt><dd>${escapeHtml(sub.plan)}</dd>
<dt>${escapeHtml(t.products)}</dt><dd>${escapeHtml(sub.product)}</dd></dl></div>
<p>${escapeHtml(t.serviceTagLabel)}: <a class="ddl-service-tag" href="${LOCKER}/subscriptions/${sub.id}/service-tag/${sub.serviceTag}">${escapeHtml(sub.serviceTag)}</a></p>`,
          });
        },
      },
      {
        path: /^\/support\/software-and-subscriptions\/subscriptions\/([\w-]+)\/service-tag\/(\w+)$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const id = /subscriptions\/([\w-]+)\/service-tag/.exec(v.url.pathname)?.[1];
          const sub = mine(v, id);
          if (!sub) return false;
          detailsPage(v, sub, `${LOCKER}/subscriptions/${sub.id}/cancel`);
        },
      },
      {
        path: /^\/support\/software-and-subscriptions\/subscriptions\/([\w-]+)\/cancel$/,
        method: 'POST',
        handle: async (v) => {
          if (!requireSession(v)) return;
          const id = /subscriptions\/([\w-]+)\/cancel$/.exec(v.url.pathname)?.[1];
          const sub = mine(v, id);
          await cancelPost(v, id, 'digital-locker', `${LOCKER}/subscriptions/${id}/service-tag/${sub?.serviceTag ?? ''}`);
        },
      },
      // ——— Dell MyAccount (/myaccount/<locale>) ———
      {
        path: /^\/myaccount\/(en-us|pl-pl)$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          v.sendPage(200, { title: `${v.t.dashboardTitle} · Dell`, body: dashboard(v) });
        },
      },
      {
        path: /^\/myaccount\/(en-us|pl-pl)\/home\/software-and-subscriptions$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const t = v.t;
          const base = myAccountSubscriptions(v);
          // The card opens on a click anywhere on it (its View link inside it navigates).
          v.sendPage(200, {
            title: `${t.subscriptionsTitle} · Dell`,
            body: `<div class="layout">${accountNav(v)}<div><h1>${escapeHtml(t.subscriptionsTitle)}</h1>
<div class="ma-card" id="ma__card-managesubscription"><h2><button type="button" class="mh-btn" aria-expanded="false">${escapeHtml(t.manageSubscriptions)}</button></h2>
<div id="ma-manage-panel" hidden><p>${escapeHtml(t.manageIntro)}</p><a class="mh-btn mh-btn-primary" data-test-id="ma__card__view" href="${base}/manage">${escapeHtml(t.view)}</a></div></div>
</div></div>
<script>document.getElementById('ma__card-managesubscription').addEventListener('click', function (e) {
  var button = this.querySelector('button'), panel = document.getElementById('ma-manage-panel');
  if (panel.contains(e.target)) return;
  setTimeout(function () { panel.hidden = !panel.hidden; button.setAttribute('aria-expanded', String(!panel.hidden)); }, 150);
});</script>`,
          });
        },
      },
      {
        path: /^\/myaccount\/(en-us|pl-pl)\/home\/software-and-subscriptions\/manage$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const t = v.t;
          const sub = subscriptionOf(v.session!.user.email);
          const base = myAccountSubscriptions(v);
          v.sendPage(200, {
            title: `${t.hardwareAndSoftware} · Dell`,
            body: `<div class="layout">${accountNav(v)}<div><h1>${escapeHtml(t.hardwareAndSoftware)}</h1>
${subscriptionTable(v, base, 'ma')}
<p><a href="${base}/${sub.id}">${escapeHtml(t.consumerServices)}</a></p></div></div>`,
          });
        },
      },
      {
        path: /^\/myaccount\/(en-us|pl-pl)\/home\/software-and-subscriptions\/(sub-[\w-]+)$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const id = /\/(sub-[\w-]+)$/.exec(v.url.pathname)?.[1];
          const sub = mine(v, id);
          if (!sub) return false;
          const t = v.t;
          v.sendPage(200, {
            title: `${t.subscriptionData} · Dell`,
            body: `<div class="layout">${accountNav(v)}<div><h1>${escapeHtml(t.subscriptionData)}</h1>
<dl class="sub"><dt>${escapeHtml(t.serviceLabel)}</dt><dd>${escapeHtml(sub.plan)}</dd><dt>${escapeHtml(t.products)}</dt><dd>${escapeHtml(sub.product)}</dd>
<dt>${escapeHtml(t.serviceTagLabel)}</dt><dd>${escapeHtml(sub.serviceTag)}</dd></dl>
<a class="mh-btn" href="${myAccountSubscriptions(v)}/${sub.id}/details">${escapeHtml(t.updateCancel)}</a></div></div>`,
          });
        },
      },
      {
        path: /^\/myaccount\/(en-us|pl-pl)\/home\/software-and-subscriptions\/(sub-[\w-]+)\/details$/,
        method: 'GET',
        handle: (v) => {
          if (!requireSession(v)) return;
          const id = /\/(sub-[\w-]+)\/details$/.exec(v.url.pathname)?.[1];
          const sub = mine(v, id);
          if (!sub) return false;
          detailsPage(v, sub, `${myAccountSubscriptions(v)}/${sub.id}/cancel`);
        },
      },
      {
        path: /^\/myaccount\/(en-us|pl-pl)\/home\/software-and-subscriptions\/(sub-[\w-]+)\/cancel$/,
        method: 'POST',
        handle: async (v) => {
          if (!requireSession(v)) return;
          const id = /\/(sub-[\w-]+)\/cancel$/.exec(v.url.pathname)?.[1];
          await cancelPost(v, id, 'dell-account', `${myAccountSubscriptions(v)}/${id}/details`);
        },
      },
    ],
    hooks: {
      onReset: () => {
        subscriptions.clear();
        guides.locker = 'myaccount';
      },
    },
  });

  /** MyAccount's left panel, with the data-test-id naming of the real one. */
  function accountNav(v: Visit<DellTexts>): string {
    const n = v.t.accountNav;
    const base = `/myaccount/${locale(v)}`;
    const item = (id: string, href: string, text: string) => `<a data-test-id="ma__nav__${id}" href="${href}">${escapeHtml(text)}</a>`;
    return `<nav id="myaccount-nav" aria-label="${escapeHtml(v.t.myAccount)}">
${item('orders', `${base}/orders`, n.orders)}
${item('products', `${base}/products`, n.products)}
${item('subscriptions', myAccountSubscriptions(v), n.subscriptions)}
${item('rewards', `${base}/rewards`, n.rewards)}
${item('details', `${base}/details`, n.details)}</nav>`;
  }

  function dashboard(v: Visit<DellTexts>): string {
    const user = v.session!.user;
    return `<div class="layout">${accountNav(v)}<div><h1>${escapeHtml(v.t.dashboardTitle)}</h1>
<p>${escapeHtml(v.t.welcome(user.name))}</p><p>${escapeHtml(user.email)}</p></div></div>`;
  }

  return Object.assign(site, {
    /** Which subscription pages the site shows (today's MyAccount, or the seed's Digital Locker). */
    guides,
    /** The user's consumer support subscription (created on first use with the defaults). */
    subscription: (email: string): DellSubscription => subscriptionOf(email),
    /** Sets the user's subscription up for a test: a ProSupport plan, an already cancelled one. */
    setSubscription: (email: string, changes: Partial<Omit<DellSubscription, 'id'>>): void => void Object.assign(subscriptionOf(email), changes),
  });
}
