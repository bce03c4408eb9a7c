import { jsonForScript } from '../types';
import type { KitTexts } from './texts';
import type { FixtureSiteConfig, SignOutMechanism, Visit } from './types';

type Sheet = Extract<SignOutMechanism, { kind: 'confirm-sheet' }>;

/**
 * A sign-out confirmation built by script (X's /logout): the dialog appears a moment after the page loads, and
 * its confirm button POSTs with the CSRF token in a header — read from a cookie like X's ct0, or from the page.
 * Only that request ends the session; loading the page does nothing.
 */
const SHEET_SCRIPT = `(function () {
  var cfg = JSON.parse(document.getElementById('kit-confirm-sheet').textContent);
  function cookie(name) {
    var found = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
  }
  function render() {
    var holder = document.createElement('div');
    holder.innerHTML = cfg.html;
    var sheet = holder.firstElementChild;
    ((cfg.anchor && document.querySelector(cfg.anchor)) || document.body).appendChild(sheet);
    var confirm = sheet.querySelector(cfg.confirm);
    var cancel = sheet.querySelector(cfg.cancel);
    confirm.addEventListener('click', function () {
      confirm.disabled = true;
      var headers = { 'content-type': 'application/x-www-form-urlencoded' };
      headers[cfg.header] = cfg.cookie ? cookie(cfg.cookie) : cfg.token;
      fetch(cfg.api, { method: 'POST', credentials: 'same-origin', headers: headers, body: '' })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (body) { location.assign(body.redirectTo || cfg.redirectTo); })
        .catch(function () { confirm.disabled = false; sheet.setAttribute('data-error', 'true'); });
    });
    if (cancel) cancel.addEventListener('click', function () { location.assign(cfg.cancelTo); });
  }
  setTimeout(render, cfg.delayMs);
})();`;

export function confirmSheetScript<T extends KitTexts>(
  v: Visit<T>,
  config: FixtureSiteConfig<T>,
  mechanism: Sheet,
  html: string,
): string {
  const data = {
    delayMs: v.controls.dialogDelayMs,
    html,
    anchor: config.accountMenu.anchor ?? null,
    confirm: mechanism.confirm,
    cancel: mechanism.cancel,
    api: mechanism.api,
    header: mechanism.csrfHeader,
    cookie: mechanism.csrfCookie ?? null,
    token: mechanism.csrfCookie ? null : (v.session?.csrf ?? ''),
    redirectTo: v.href(mechanism.redirectTo),
    cancelTo: v.href(mechanism.cancelTo),
  };
  return `<script type="application/json" id="kit-confirm-sheet">${jsonForScript(data)}</script>\n<script>${SHEET_SCRIPT}</script>`;
}
