import { escapeHtml, readForm, redirect } from '../../types';
import { sameToken } from '../csrf';
import { homeHref, sendPage, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism } from '../types';
import { endSession } from './end-session';

type MenuThenLink = Extract<SignOutMechanism, { kind: 'menu-then-link' }>;

/**
 * The control exists only in the lazily rendered account menu. 'get': its link ends the session on a plain GET
 * (Amazon's flyout link). 'post': its button submits a form with the session's CSRF field; a GET of the path, or a
 * POST without the token, ends nothing (Rails `button_to … method: :delete` style).
 */
export function menuThenLinkRoutes<T extends KitTexts>(site: SiteState<T>, m: MenuThenLink): KitRoute<T>[] {
  const finish = { host: m.host, path: m.path };
  if (m.method === 'get') {
    return [{ ...finish, handle: (v) => endSession(site, v, () => redirect(v.res, v.href(m.redirectTo), 302, v)) }];
  }
  const field = m.tokenField ?? 'authenticity_token';
  return [
    {
      ...finish,
      method: 'POST',
      handle: async (v) => {
        const form = await readForm(v.req);
        if (!v.session || !sameToken(form.get(field), v.session.csrf)) {
          sendPage(site, v, 422, { title: v.t.siteName, body: `<h1>422</h1><p role="alert">${escapeHtml(v.t.badToken)}</p>` });
          return;
        }
        await endSession(site, v, () => redirect(v.res, v.href(m.redirectTo), 302, v));
      },
    },
    { ...finish, method: 'GET', handle: (v) => redirect(v.res, homeHref(site, v), 302, v) },
  ];
}
