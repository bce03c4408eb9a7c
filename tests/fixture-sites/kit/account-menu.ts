import { escapeHtml, jsonForScript } from '../types';
import type { KitTexts } from './texts';
import type { FixtureSiteConfig, SignOutEntry, Visit } from './types';

/**
 * Renders the account menu into the page only when someone opens it — after a click or a hover, and a delay —
 * like the real sites, whose menus are built by script. Until then its HTML is a JSON string in the page.
 * Hover mode listens to pointerover/mouseover/mouseenter so real pointers and synthetic events both work.
 */
const MENU_SCRIPT = `(function () {
  var cfg = JSON.parse(document.getElementById('kit-account-menu').textContent);
  var trigger = document.querySelector(cfg.trigger);
  if (!trigger) return;
  var menu = null, showTimer = 0, hideTimer = 0;
  trigger.setAttribute('aria-haspopup', 'menu');
  trigger.setAttribute('aria-expanded', 'false');
  function render() {
    var holder = document.createElement('div');
    holder.innerHTML = '<div ' + cfg.attrs + '>' + cfg.html + '</div>';
    menu = holder.firstChild;
    var anchor = cfg.anchor ? document.querySelector(cfg.anchor) : null;
    if (anchor) {
      anchor.appendChild(menu);
    } else {
      var box = trigger.getBoundingClientRect();
      menu.style.position = 'absolute';
      menu.style.zIndex = '1000';
      menu.style.top = (box.bottom + window.scrollY + 4) + 'px';
      menu.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.innerWidth - 300)) + 'px';
      document.body.appendChild(menu);
    }
    if (cfg.open === 'hover') {
      menu.addEventListener('mouseenter', keepOpen);
      menu.addEventListener('mouseleave', scheduleHide);
    }
  }
  function show() {
    showTimer = 0;
    if (!menu) render();
    menu.hidden = false;
    trigger.setAttribute('aria-expanded', 'true');
  }
  function hide() {
    if (showTimer) { clearTimeout(showTimer); showTimer = 0; }
    if (menu) menu.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
  }
  function isOpen() { return menu !== null && !menu.hidden; }
  function keepOpen() { if (hideTimer) { clearTimeout(hideTimer); hideTimer = 0; } }
  function scheduleHide() {
    if (showTimer) { clearTimeout(showTimer); showTimer = 0; }
    if (!hideTimer) hideTimer = setTimeout(function () { hideTimer = 0; hide(); }, 400);
  }
  if (cfg.open === 'click') {
    trigger.addEventListener('click', function (event) {
      event.preventDefault();
      if (isOpen()) hide();
      else if (!showTimer) showTimer = setTimeout(show, cfg.delayMs);
    });
    document.addEventListener('click', function (event) {
      if (isOpen() && !menu.contains(event.target) && !trigger.contains(event.target)) hide();
    });
  } else {
    ['pointerover', 'mouseover', 'mouseenter'].forEach(function (type) {
      trigger.addEventListener(type, function () {
        keepOpen();
        if (!isOpen() && !showTimer) showTimer = setTimeout(show, cfg.delayMs);
      });
    });
    trigger.addEventListener('mouseleave', scheduleHide);
  }
  // A menu item that signs out by a request from the page (no link, no form): POST with the CSRF header from a cookie.
  document.addEventListener('click', function (event) {
    var item = event.target && event.target.closest ? event.target.closest('[data-kit-sign-out-api]') : null;
    if (!item) return;
    var name = item.getAttribute('data-kit-csrf-cookie') + '=';
    var pair = document.cookie.split('; ').filter(function (c) { return c.indexOf(name) === 0; })[0] || '';
    var headers = { 'X-Requested-With': 'XMLHttpRequest' };
    headers[item.getAttribute('data-kit-csrf-header')] = decodeURIComponent(pair.slice(name.length));
    fetch(item.getAttribute('data-kit-sign-out-api'), { method: 'POST', headers: headers, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (answer) { if (answer.redirectTo) location.assign(answer.redirectTo); });
  });
})();`;

/** The menu's data and script, added to every page that shows a signed-in header. */
export function accountMenuScript<T extends KitTexts>(
  v: Visit<T>,
  config: FixtureSiteConfig<T>,
  entry: SignOutEntry | undefined,
): string {
  const menu = config.accountMenu;
  const data = {
    trigger: typeof menu.trigger === 'string' ? menu.trigger : menu.trigger(v),
    open: menu.open,
    delayMs: v.controls.menuDelayMs,
    attrs: menu.attrs ?? 'role="menu"',
    anchor: menu.anchor ?? null,
    html: menu.render(v, entry),
  };
  return `<script type="application/json" id="kit-account-menu">${jsonForScript(data)}</script>\n<script>${MENU_SCRIPT}</script>`;
}

/**
 * The sign-out control for a menu: a link, or a form whose button submits it (hidden CSRF field included).
 * `attrs` go on the link or the button, e.g. `role="menuitem" data-testid="..."`.
 */
export function signOutControl(entry: SignOutEntry, label: string, attrs = ''): string {
  const extra = attrs ? ` ${attrs}` : '';
  if (entry.kind === 'link') return `<a href="${escapeHtml(entry.href)}"${extra}>${escapeHtml(label)}</a>`;
  if (entry.kind === 'request') {
    const data = `data-kit-sign-out-api="${escapeHtml(entry.api)}" data-kit-csrf-header="${escapeHtml(entry.csrfHeader)}" data-kit-csrf-cookie="${escapeHtml(entry.csrfCookie)}"`;
    return `<div role="button" tabindex="0" ${data}${extra}><span>${escapeHtml(label)}</span></div>`;
  }
  const hidden = Object.entries(entry.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<form method="post" action="${escapeHtml(entry.action)}">${hidden}<button type="submit"${extra}>${escapeHtml(label)}</button></form>`;
}
