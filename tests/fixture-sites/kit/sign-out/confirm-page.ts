import { escapeHtml, readForm, redirect } from '../../types';
import { sameToken } from '../csrf';
import { homeHref, sendPage, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism, Visit } from '../types';
import { endSession } from './end-session';

type ConfirmPage = Extract<SignOutMechanism, { kind: 'confirm-page' }>;

function defaultBody<T extends KitTexts>(v: Visit<T>, form: { action: string; fields: Record<string, string> }): string {
  const hidden = Object.entries(form.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<div class="kit-confirm"><h1>${escapeHtml(v.t.confirmTitle)}</h1>
${v.t.confirmText ? `<p>${escapeHtml(v.t.confirmText)}</p>` : ''}
<form action="${escapeHtml(form.action)}" method="post">${hidden}
<input type="submit" value="${escapeHtml(v.t.confirmButton)}"></form></div>`;
}

/**
 * GET shows a page whose form carries the session's CSRF token; only that form's POST ends the session. A GET
 * alone, or a POST without the right token (another site's form), changes nothing (GitHub /logout).
 */
export function confirmPageRoutes<T extends KitTexts>(site: SiteState<T>, m: ConfirmPage): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.path,
      method: 'GET',
      handle: (v) => {
        if (!v.session) {
          redirect(v.res, homeHref(site, v), 302, v);
          return;
        }
        const form = { action: v.href({ host: m.host, path: m.path }), fields: { [m.tokenField]: v.session.csrf } };
        const body = site.config.render.confirmPage?.(v, form) ?? defaultBody(v, form);
        sendPage(site, v, 200, { title: v.t.confirmTitle, body });
      },
    },
    {
      host: m.host,
      path: m.path,
      method: 'POST',
      handle: async (v) => {
        const form = await readForm(v.req);
        if (v.session && !sameToken(form.get(m.tokenField), v.session.csrf)) {
          sendPage(site, v, 422, { title: v.t.siteName, body: `<h1>422</h1><p role="alert">${escapeHtml(v.t.badToken)}</p>` });
          return;
        }
        await endSession(site, v, () => redirect(v.res, v.href(m.redirectTo), 302, v));
      },
    },
  ];
}
