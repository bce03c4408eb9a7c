import { escapeHtml, jsonForScript } from '../types';
import { guidePageTexts } from './guide-texts';
import { ACCOUNT_HREF, SIGN_OUT_HREF, signInHref, switchAccountHref } from './links';
import type { Marketplace } from './marketplaces';

export interface NavState {
  /** Display name of the signed-in user; undefined when signed out. */
  userName: string | undefined;
  flyoutDelayMs: number;
  /** The site "changed": no sign-out link in the flyout (or in the mobile footer). */
  signOutRemoved: boolean;
  /** Desktop: "Account & Lists" with a hover flyout. Mobile: a greeting in the header, account links at the bottom. */
  layout: 'desktop' | 'mobile';
  /** The flyout's sign-out link after a redesign (fault matrix, faults.ts); undefined: the usual one. */
  signOutLink?: { id: string; href: string; text: string } | undefined;
}

function link(id: string | undefined, href: string, text: string): string {
  const idAttr = id ? ` id='${id}'` : '';
  return `<a${idAttr} href='${escapeHtml(href)}' class='nav-link nav-item'><span class='nav-text'>${escapeHtml(text)}</span></a>`;
}

/** The account flyout's HTML, which the real site ships as a JSON string and renders on hover. */
function flyoutHtml(m: Marketplace, state: NavState): string {
  const t = m.texts;
  if (state.userName === undefined) {
    return (
      `<div id='nav-al-signin'><div id='nav-flyout-ya-signin' class='nav-flyout-content'>` +
      `<a href='${escapeHtml(signInHref(m, '/?ref_=nav_signin'))}' class='nav-action-signin-button' data-nav-role='signin'>` +
      `<span class='nav-action-inner'>${escapeHtml(t.signIn)}</span></a>` +
      `<div id='nav-flyout-ya-newCust'>${escapeHtml(t.newCustomer)} <a href='/ap/register' class='nav-a'>${escapeHtml(t.startHere)}</a></div>` +
      `</div></div>`
    );
  }
  const accountLinks = [
    link(undefined, '/gp/css/homepage.html?ref_=nav_AccountFlyout_ya', t.yourAccount),
    link(undefined, '/gp/css/order-history?ref_=nav_AccountFlyout_orders', t.yourOrders),
    link(undefined, '/gp/subs/primeclub/account/homepage.html?ref_=nav_AccountFlyout_prime', guidePageTexts(m.lang).flyoutPrime),
    link('nav-item-switch-account', switchAccountHref(m), t.switchAccounts),
    ...(state.signOutRemoved ? [] : [state.signOutLink ? link(state.signOutLink.id, state.signOutLink.href, state.signOutLink.text) : link('nav-item-signout', SIGN_OUT_HREF, t.signOut)]),
  ];
  return (
    `<div id='nav-al-container'>` +
    `<div id='nav-al-wishlist' class='nav-al-column'><div class='nav-title'>${escapeHtml(t.yourLists)}</div>` +
    link(undefined, '/hz/wishlist/intro?ref_=nav_AccountFlyout_wl', t.createList) +
    `</div>` +
    `<div id='nav-al-your-account' class='nav-al-column'><div class='nav-title'>${escapeHtml(t.yourAccount)}</div>` +
    accountLinks.join('') +
    `</div></div>`
  );
}

/**
 * Renders the flyout into the DOM a moment after the pointer enters "Account & Lists", like the real
 * site. Listens to mouseenter/mouseover/pointerover so both real hovers and synthetic events work.
 */
const FLYOUT_SCRIPT = `(function () {
  var trigger = document.getElementById('nav-link-accountList');
  var anchor = document.getElementById('nav-flyout-anchor');
  var data = JSON.parse(document.getElementById('nav-flyout-data').textContent);
  var delay = Number(trigger.getAttribute('data-flyout-delay')) || 0;
  var flyout = null, showTimer = 0, hideTimer = 0;
  function place() {
    var box = trigger.getBoundingClientRect();
    flyout.style.top = (box.bottom + window.scrollY) + 'px';
    flyout.style.left = Math.max(8, box.right + window.scrollX - 420) + 'px';
  }
  function show() {
    showTimer = 0;
    if (!flyout) {
      flyout = document.createElement('div');
      flyout.id = 'nav-flyout-accountList';
      flyout.className = 'nav-flyout';
      flyout.innerHTML = data.accountListContent.html;
      flyout.addEventListener('mouseenter', keepOpen);
      flyout.addEventListener('mouseleave', scheduleHide);
      anchor.appendChild(flyout);
    }
    place();
    flyout.style.display = 'block';
  }
  function keepOpen() { if (hideTimer) { clearTimeout(hideTimer); hideTimer = 0; } }
  function onEnter() {
    keepOpen();
    if (flyout && flyout.style.display === 'block') return;
    if (!showTimer) showTimer = setTimeout(show, delay);
  }
  function scheduleHide() {
    if (showTimer) { clearTimeout(showTimer); showTimer = 0; }
    if (!hideTimer) hideTimer = setTimeout(function () { hideTimer = 0; if (flyout) flyout.style.display = 'none'; }, 400);
  }
  ['mouseenter', 'mouseover', 'pointerover'].forEach(function (type) { trigger.addEventListener(type, onEnter); });
  trigger.addEventListener('mouseleave', scheduleHide);
})();`;

/** The top navigation bar with search, "Account & Lists", orders and cart. */
export function renderNav(m: Marketplace, state: NavState): string {
  const t = m.texts;
  const signedIn = state.userName !== undefined;
  // As the saved 2025 pages: signed in, #nav-link-accountList is the link to Your Account itself; signed out, a div
  // around a sign-in link (alexdlaird/amazon-orders tests/resources).
  const delay = `data-flyout-delay="${state.flyoutDelayMs}"`;
  const accountLink = signedIn
    ? `<a id="nav-link-accountList" ${delay} href="${escapeHtml(ACCOUNT_HREF)}" class="nav-a" data-nav-ref="nav_youraccount_btn" data-nav-role="signin" tabindex="0">` +
      `<span id="nav-link-accountList-nav-line-1" class="nav-line-1">${escapeHtml(t.greeting(state.userName ?? ''))}</span>` +
      `<span class="nav-line-2">${escapeHtml(t.accountAndLists)}</span></a>`
    : `<div class="nav-div" id="nav-link-accountList" ${delay}><a href="${escapeHtml(signInHref(m, '/?ref_=nav_ya_signin'))}" class="nav-a" data-nav-ref="nav_ya_signin" data-nav-role="signin" tabindex="0">` +
      `<span id="nav-link-accountList-nav-line-1" class="nav-line-1">${escapeHtml(t.signedOutGreeting)}</span>` +
      `<span class="nav-line-2">${escapeHtml(t.accountAndLists)}</span></a></div>`;
  const flyoutData = { accountListContent: { html: flyoutHtml(m, state) } };
  return `<header id="navbar">
  <div id="nav-belt">
    <a id="nav-logo-sprites" href="/ref=nav_logo" aria-label="Amazon.${escapeHtml(m.domain.slice('amazon.'.length))}">amazon<span>.${escapeHtml(m.domain.slice('amazon.'.length))}</span></a>
    <form id="nav-search-bar-form" action="/s" method="get" role="search">
      <input id="twotabsearchtextbox" type="text" name="k" placeholder="${escapeHtml(t.searchPlaceholder)}">
    </form>
    ${accountLink}
    <a id="nav-orders" class="nav-a" href="/gp/css/order-history?ref_=nav_orders_first"><span class="nav-line-2">${escapeHtml(t.returnsAndOrders)}</span></a>
    <a id="nav-cart" class="nav-a" href="/gp/cart/view.html?ref_=nav_cart"><span class="nav-line-2">${escapeHtml(t.cart)}</span></a>
  </div>
  <div id="nav-xshop"><a href="/prime?ref_=nav_cs_primelink_nonmember">${escapeHtml(guidePageTexts(m.lang).navPrime)}</a>
    <a href="/gp/help/customer/display.html?ref_=nav_cs_help" data-csa-c-content-id="nav_cs_help">${escapeHtml(guidePageTexts(m.lang).customerService)}</a></div>
  <div id="nav-flyout-anchor"></div>
</header>
<script type="application/json" id="nav-flyout-data">${jsonForScript(flyoutData)}</script>
<script>${FLYOUT_SCRIPT}</script>`;
}

/** The mobile site's header: logo, greeting (or a sign-in prompt), cart and search; no flyout at all. */
export function renderMobileNav(m: Marketplace, state: NavState): string {
  const t = m.texts;
  const tld = escapeHtml(m.domain.slice('amazon.'.length));
  const greeting =
    state.userName !== undefined
      ? // The same greeting element signed in, marked "recognized" and holding the name (a sign-out check must not read
        // #nav-logobar-greeting alone).
        `<a id="nav-logobar-greeting" class="nav-a nav-greeting-recognized" href="/gp/css/homepage.html?ref_=navm_hdr_profile">` +
        `<span id="nav-greeting-name">${escapeHtml(t.greeting(state.userName))}</span></a>`
      : `<a id="nav-logobar-greeting" class="nav-a" href="${escapeHtml(signInHref(m, '/?ref_=navm_hdr_signin'))}">${escapeHtml(t.mobileSignIn)}</a>`;
  return `<header id="nav-main" class="nav-mobile">
  <div id="nav-logobar">
    <a id="nav-logo" class="nav-a" href="/ref=navm_hdr_logo" aria-label="Amazon.${tld}">amazon<span>.${tld}</span></a>
    ${greeting}
    <a id="nav-button-cart" class="nav-a" href="/gp/aw/c?ref_=navm_hdr_cart">${escapeHtml(t.cart)}</a>
  </div>
  <form id="nav-search-form" action="/s" method="get" role="search">
    <input id="nav-search-keywords" type="search" name="k" placeholder="${escapeHtml(t.searchPlaceholder)}">
  </form>
</header>`;
}

/** The mobile site's footer: the account links a person scrolls down to, "Switch accounts" and "Sign out" among them. */
export function renderMobileFooter(m: Marketplace, state: NavState): string {
  const t = m.texts;
  const item = (href: string, text: string) => `<li><a class="nav-a" href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`;
  const accountItems =
    state.userName !== undefined
      ? [
          item('/gp/css/homepage.html?ref_=navm_ftr_ya', t.yourAccount),
          item('/gp/css/order-history?ref_=navm_ftr_orders', t.yourOrders),
          item(switchAccountHref(m), t.switchAccounts),
          ...(state.signOutRemoved ? [] : [item(SIGN_OUT_HREF, t.signOut)]),
        ]
      : [item(signInHref(m, '/?ref_=navm_ftr_signin'), t.signIn)];
  return `<footer id="nav-ftr" class="nav-mobile">
  <ul id="nav-ftr-links">${accountItems.join('')}</ul>
  <div id="nav-ftr-copyright">${escapeHtml(t.copyright)}</div>
</footer>`;
}
