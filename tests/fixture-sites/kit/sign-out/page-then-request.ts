import { escapeHtml, jsonForScript, readForm } from '../../types';
import { sendJson } from '../respond';
import { sendPage, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism } from '../types';
import { endSession } from './end-session';

type PageThenRequest = Extract<SignOutMechanism, { kind: 'page-then-request' }>;

/** What the sign-out page's script does as soon as it runs: POST the API as JSON, then go where it is told. */
const PAGE_SCRIPT = `(function () {
  var cfg = JSON.parse(document.getElementById('kit-sign-out-request').textContent);
  fetch(cfg.api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' })
    .then(function (r) { return r.json(); }, function () { return {}; })
    .then(function (answer) { location.assign(answer.redirectTo || cfg.redirectTo); });
})();`;

/**
 * GET `path` is a page of the app whose script signs out: it POSTs `api` with a JSON body, then navigates. Only that
 * POST ends the session; a GET of `api`, or a POST a cross-site form could send (not JSON), ends nothing.
 */
export function pageThenRequestRoutes<T extends KitTexts>(site: SiteState<T>, m: PageThenRequest): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.path,
      method: 'GET',
      handle: (v) => {
        const data = { api: v.href({ host: m.host, path: m.api }), redirectTo: v.href(m.redirectTo) };
        sendPage(site, v, 200, {
          title: v.t.siteName,
          header: false,
          body: `<p role="status">${escapeHtml(v.t.signOut)}…</p>`,
          tail: `<script type="application/json" id="kit-sign-out-request">${jsonForScript(data)}</script>\n<script>${PAGE_SCRIPT}</script>`,
        });
      },
    },
    {
      host: m.host,
      path: m.api,
      method: 'POST',
      handle: async (v) => {
        await readForm(v.req);
        const type = String(v.req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') return sendJson(v.res, 415, { error: { type: 'invalid_request_error' } }, v);
        if (!v.session) return sendJson(v.res, 401, { error: { type: 'authentication_error' } }, v);
        await endSession(site, v, () => sendJson(v.res, 200, { success: true, redirectTo: v.href(m.redirectTo) }, v));
      },
    },
    { host: m.host, path: m.api, method: 'GET', handle: (v) => sendJson(v.res, 405, { error: { type: 'method_not_allowed' } }, v) },
  ];
}
