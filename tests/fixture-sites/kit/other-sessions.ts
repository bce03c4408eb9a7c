import { createHash } from 'node:crypto';
import { escapeHtml, readForm, redirect } from '../types';
import type { KitTexts } from './texts';
import type { KitRoute, KitSession, LanguageCode, Visit } from './types';

/**
 * A site's list of the places the account is signed in, and the control that ends the others ("Where you're logged
 * in", issue #16 §2). The server really ends them: the other browser's cookie stops working; this browser's session
 * stays unless the site (per its evidence) ends it too. What each site's page says and how its controls are shaped
 * comes from the site module, from the same public sources as its guide.
 */

export interface OtherSessionsTexts {
  title: string;
  /** The label beside this browser's own session. */
  current: string;
  /** The control that ends (all, or one of) the other sessions. */
  press: string;
  /** An accessible name for an icon-only control (Dropbox's ×); the visible text is then "×". */
  pressAriaLabel?: string;
  /** 'each' with detail pages: the link to a session's page (GitHub's "See more"). */
  open?: string;
  confirmTitle?: string;
  confirm?: string;
  cancel?: string;
  /** The site's confirmation once it is done. */
  done: string;
  signIn: string;
}

export interface OtherSessionsSpec {
  host?: string;
  path: string;
  /** The page is this path with this query only ("tab=security"); other visits of the path are the site's own. */
  query?: string;
  mode: 'all' | 'each';
  /** 'each': every session has its own page under `${path}${detailPrefix}<id>` holding the control. */
  detailPrefix?: string;
  /** How the site asks again: a dialog on the page, a page of its own (its path), or not at all. */
  confirm: 'dialog' | { page: string } | 'none';
  /** The site ends this browser's session as well (Netflix, Spotify). */
  endsThisSession: boolean;
  texts: Partial<Record<LanguageCode, OtherSessionsTexts>> & { en: OtherSessionsTexts };
  /** Where a visitor without a session is sent. */
  signInUrl: string;
  /**
   * The path is a page the kit already serves (Spotify's account overview) and this adds the sessions to it:
   * a visitor without a session gets the kit's own answer.
   */
  ownPage?: boolean;
  /** Markup the real page shows before the list (Spotify's account overview). */
  before?: (v: Visit<KitTexts>) => string;
}

const THIS_DEVICE = 'Chrome on Linux';
const publicId = (session: KitSession) => createHash('sha256').update(session.token).digest('hex').slice(0, 12);

export function otherSessionsRoutes<T extends KitTexts>(spec: OtherSessionsSpec): KitRoute<T>[] {
  const textsOf = (v: Visit<T>) => spec.texts[v.lang] ?? spec.texts.en;
  const action = `${spec.path.replace(/\/$/, '')}/end-sessions`;
  const pageHref = spec.query ? `${spec.path}?${spec.query}` : spec.path;
  const doneHref = `${pageHref}${spec.query ? '&' : '?'}done=1`;
  const others = (v: Visit<T>) => (v.session ? v.sessionsOf(v.session.user.email).filter((s) => s.token !== v.session!.token) : []);

  const endForm = (v: Visit<T>, target: string, label: string, attrs = '') =>
    `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="csrf" value="${escapeHtml(v.session?.csrf ?? '')}">` +
    `<input type="hidden" name="target" value="${escapeHtml(target)}"><button type="submit" ${attrs}>${escapeHtml(label)}</button></form>`;

  /** The control a person presses first: straight to the server, to a confirmation page, or opening a dialog. */
  const pressControl = (v: Visit<T>, target: string) => {
    const t = textsOf(v);
    const name = t.pressAriaLabel ? ` aria-label="${escapeHtml(t.pressAriaLabel)}"` : '';
    const visible = t.pressAriaLabel ? '×' : t.press;
    if (spec.confirm === 'none') return endForm(v, target, visible, `class="end-session"${name}`);
    if (typeof spec.confirm === 'object') return `<a class="end-session" href="${escapeHtml(spec.confirm.page)}"${name}>${escapeHtml(visible)}</a>`;
    return `<button type="button" class="end-session" data-target="${escapeHtml(target)}"${name}>${escapeHtml(visible)}</button>`;
  };

  const dialog = (v: Visit<T>) => {
    if (spec.confirm !== 'dialog') return '';
    const t = textsOf(v);
    // Rendered hidden; the press fills in which session and shows it (the real sites open a dialog by script).
    return `<div role="dialog" aria-modal="true" aria-labelledby="end-title" id="end-dialog" hidden>
<h2 id="end-title">${escapeHtml(t.confirmTitle ?? '')}</h2>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="csrf" value="${escapeHtml(v.session?.csrf ?? '')}">
<input type="hidden" name="target" id="end-target" value="">
<button type="submit" id="end-confirm">${escapeHtml(t.confirm ?? '')}</button> <button type="button" id="end-cancel">${escapeHtml(t.cancel ?? '')}</button></form></div>
<script>
document.querySelectorAll('.end-session[data-target]').forEach(function (button) {
  button.addEventListener('click', function () {
    setTimeout(function () { document.getElementById('end-target').value = button.dataset.target; document.getElementById('end-dialog').hidden = false; }, 150);
  });
});
document.getElementById('end-cancel').addEventListener('click', function () { document.getElementById('end-dialog').hidden = true; });
</script>`;
  };

  const row = (v: Visit<T>, session: KitSession, current: boolean) => {
    const t = textsOf(v);
    const device = escapeHtml(session.device ?? THIS_DEVICE);
    const label = current ? ` <strong class="current-session">${escapeHtml(t.current)}</strong>` : '';
    let control = '';
    if (!current && spec.mode === 'each') {
      control = spec.detailPrefix
        ? `<a href="${escapeHtml(spec.path + spec.detailPrefix + publicId(session))}">${t.open ? escapeHtml(t.open) : device}</a>`
        : pressControl(v, publicId(session));
    }
    const name = spec.detailPrefix && !t.open && !current ? '' : `<span class="device">${device}</span>`;
    return `<li data-session="${current ? 'current' : publicId(session)}">${name}${label} ${control}</li>`;
  };

  const flash = (v: Visit<T>) => (v.url.searchParams.get('done') === '1' ? `<div role="status" class="flash">${escapeHtml(textsOf(v).done)}</div>` : '');

  const listPage: KitRoute<T> = {
    host: spec.host,
    path: spec.path,
    method: 'GET',
    handle: (v) => {
      if (spec.query && !v.url.search.includes(spec.query)) return false;
      const t = textsOf(v);
      if (!v.session) {
        // After a sign-out everywhere that included this browser, the site says so on a signed-out page.
        if (v.url.searchParams.get('done') === '1') return v.sendPage(200, { title: t.title, body: `${flash(v)}<a href="${escapeHtml(spec.signInUrl)}">${escapeHtml(t.signIn)}</a>` });
        if (spec.ownPage) return false;
        return redirect(v.res, spec.signInUrl, 302, v);
      }
      const list = [row(v, v.session, true), ...others(v).map((session) => row(v, session, false))].join('\n');
      const all = spec.mode === 'all' ? `<p>${pressControl(v, 'all')}</p>` : '';
      v.sendPage(200, {
        title: t.title,
        body: `${spec.before?.(v as unknown as Visit<KitTexts>) ?? ''}<section aria-labelledby="sessions-title"><h1 id="sessions-title">${escapeHtml(t.title)}</h1>${flash(v)}<ul class="sessions">${list}</ul>${all}</section>${dialog(v)}`,
      });
    },
  };

  const routes: KitRoute<T>[] = [listPage];

  if (spec.detailPrefix) {
    const prefix = spec.path + spec.detailPrefix;
    routes.unshift({
      host: spec.host,
      path: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[0-9a-f]{12}$`),
      method: 'GET',
      handle: (v) => {
        if (!v.session) return redirect(v.res, spec.signInUrl, 302, v);
        const id = v.url.pathname.slice(prefix.length);
        const session = others(v).find((candidate) => publicId(candidate) === id);
        if (!session) return false;
        const t = textsOf(v);
        v.sendPage(200, { title: t.title, body: `<h1>${escapeHtml(session.device ?? THIS_DEVICE)}</h1><p>${pressControl(v, id)}</p>${dialog(v)}` });
      },
    });
  }

  if (typeof spec.confirm === 'object') {
    routes.push({
      host: spec.host,
      path: spec.confirm.page,
      method: 'GET',
      handle: (v) => {
        if (!v.session) return redirect(v.res, spec.signInUrl, 302, v);
        const t = textsOf(v);
        v.sendPage(200, { title: t.title, body: `<h1>${escapeHtml(t.confirmTitle ?? t.title)}</h1>${endForm(v, 'all', t.confirm ?? t.press, 'id="end-confirm"')}` });
      },
    });
  }

  routes.push({
    host: spec.host,
    path: action,
    method: 'POST',
    handle: async (v) => {
      const form = await readForm(v.req);
      const session = v.session;
      if (!session || form.get('csrf') !== session.csrf) {
        v.sendPage(403, { title: 'Forbidden', body: '<h1>403</h1>' });
        return;
      }
      const target = form.get('target') ?? '';
      const ending = target === 'all' ? others(v) : others(v).filter((candidate) => publicId(candidate) === target);
      for (const other of ending) v.endSession(other);
      // Sites that end every session (this one too) expire this browser's cookies as a sign-out does.
      if (spec.endsThisSession && target === 'all') v.endSessionsOf(session.user.email);
      redirect(v.res, doneHref, 302, v);
    },
  });
  return routes;
}
