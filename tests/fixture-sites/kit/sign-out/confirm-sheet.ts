import { escapeHtml, readForm, redirect } from '../../types';
import { confirmSheetScript } from '../confirm-sheet';
import { sameToken } from '../csrf';
import { sendJson } from '../respond';
import { homeHref, sendPage, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism, Visit } from '../types';
import { endSession } from './end-session';

type Sheet = Extract<SignOutMechanism, { kind: 'confirm-sheet' }>;

function defaultSheet<T extends KitTexts>(v: Visit<T>): string {
  return `<div role="alertdialog" aria-modal="true" class="kit-sheet"><h1>${escapeHtml(v.t.confirmTitle)}</h1>
<p>${escapeHtml(v.t.confirmText)}</p>
<button type="button" class="kit-sheet-confirm">${escapeHtml(v.t.confirmButton)}</button>
<button type="button" class="kit-sheet-cancel">${escapeHtml(v.t.cancelButton)}</button></div>`;
}

/**
 * GET path: a page whose script shows the confirmation dialog a moment later. POST api with the CSRF header
 * (equal to the session's token and, when the token lives in a cookie, to that cookie) ends the session and
 * answers JSON; the page script then navigates. Loading the page, or a POST without the header, ends nothing.
 */
export function confirmSheetRoutes<T extends KitTexts>(site: SiteState<T>, m: Sheet): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.path,
      method: 'GET',
      handle: (v) => {
        if (!v.session) {
          redirect(v.res, v.href(m.redirectTo), 302, v);
          return;
        }
        const html = site.config.render.confirmSheet?.(v) ?? defaultSheet(v);
        sendPage(site, v, 200, { title: v.t.confirmTitle, body: '', tail: confirmSheetScript(v, site.config, m, html) });
      },
    },
    {
      host: m.host,
      path: m.api,
      method: 'POST',
      handle: async (v) => {
        await readForm(v.req);
        const header = v.req.headers[m.csrfHeader.toLowerCase()];
        const token = Array.isArray(header) ? header[0] : header;
        const cookieOk = m.csrfCookie === undefined || sameToken(v.cookies.get(m.csrfCookie), token);
        if (!v.session) {
          sendJson(v.res, 401, { errors: [{ message: 'Could not authenticate you.' }] }, v);
          return;
        }
        if (!cookieOk || !sameToken(token, v.session.csrf)) {
          sendJson(v.res, 403, { errors: [{ message: 'This request requires a matching csrf cookie and header.' }] }, v);
          return;
        }
        await endSession(site, v, () => sendJson(v.res, 200, { status: 'ok', redirectTo: v.href(m.redirectTo) }, v));
      },
    },
    {
      // Anything else at the API (a GET typed into the address bar) is not a sign-out.
      host: m.host,
      path: m.api,
      handle: (v) => redirect(v.res, homeHref(site, v), 302, v),
    },
  ];
}
