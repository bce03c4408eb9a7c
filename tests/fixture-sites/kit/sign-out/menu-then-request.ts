import { readForm, redirect } from '../../types';
import { sameToken } from '../csrf';
import { sendJson } from '../respond';
import { homeHref, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism } from '../types';
import { endSession } from './end-session';

type Request = Extract<SignOutMechanism, { kind: 'menu-then-request' }>;

/**
 * POST api with the CSRF header equal to the cookie and to the session's token ends the session and answers JSON
 * (the page script then navigates). A GET of `path` or `api`, or a POST without the header, ends nothing.
 */
export function menuThenRequestRoutes<T extends KitTexts>(site: SiteState<T>, m: Request): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.api,
      method: 'POST',
      handle: async (v) => {
        await readForm(v.req);
        const header = v.req.headers[m.csrfHeader.toLowerCase()];
        const token = Array.isArray(header) ? header[0] : header;
        if (!v.session) return sendJson(v.res, 401, { status: 'fail', message: 'login_required' }, v);
        if (!sameToken(v.cookies.get(m.csrfCookie), token) || !sameToken(token, v.session.csrf)) {
          return sendJson(v.res, 403, { status: 'fail', message: 'CSRF token missing or incorrect' }, v);
        }
        await endSession(site, v, () => sendJson(v.res, 200, { status: 'ok', redirectTo: v.href(m.redirectTo) }, v));
      },
    },
    ...[m.api, m.path].map((path) => ({ host: m.host, path, handle: (v: Parameters<KitRoute<T>['handle']>[0]) => redirect(v.res, homeHref(site, v), 302, v) })),
  ];
}
