import { randomBytes } from 'node:crypto';
import { CsrfTokens } from './kit/csrf';
import { sendJson } from './kit/respond';
import { daysFromNow, escapeHtml, jsonForScript, readForm, redirect, serializeCookie } from './types';
import type { KitRoute, KitTexts, Visit } from './kit/index';

/** Texts of the account chooser, per language. */
export interface ChooserTexts {
  chooseAccount: string;
  toContinue: string;
  signedOut: string;
  signedIn: string;
  useAnother: string;
  removeAccount: string;
  removeHeading: string;
  done: string;
  confirmRemove: string;
  confirmRemoveText: string;
  yesRemove: string;
  cancel: string;
}

const COOKIE = 'ACCOUNT_CHOOSER';

/**
 * Google's account chooser: every account signed in on this browser is remembered (ACCOUNT_CHOOSER cookie on
 * accounts.google.com) and still listed after /Logout, marked "Signed out", until someone removes it with
 * "Remove an account" → the account → "Yes, remove" (one account at a time). On a shared computer that list tells the next person
 * who was here, and pre-fills their address.
 */
export class AccountChooser<T extends KitTexts & ChooserTexts> {
  /** Remembered e-mail addresses per ACCOUNT_CHOOSER value, most recent first. */
  private readonly remembered = new Map<string, string[]>();
  private readonly tokens = new CsrfTokens();

  constructor(
    private readonly host: string,
    /** Whether an account has a valid session in this visit's browser. */
    private readonly isSignedIn: (v: Visit<T>, email: string) => boolean,
    private readonly users: readonly { email: string; name: string }[],
  ) {}

  /** Called at every sign-in: remember the account on this browser. */
  remember(v: Visit<T>, email: string): void {
    let id = v.cookies.get(COOKIE);
    if (!id) {
      id = randomBytes(18).toString('base64url');
      v.cookies.set(COOKIE, id);
      v.setCookies.push(serializeCookie(COOKIE, id, { path: '/', secure: true, httpOnly: true, sameSite: 'None', expires: daysFromNow(730) }));
    }
    const list = (this.remembered.get(id) ?? []).filter((known) => known !== email);
    this.remembered.set(id, [email, ...list]);
  }

  /** What the chooser of a browser lists (tests: pass the browser's ACCOUNT_CHOOSER value, or none for all). */
  accounts(id?: string): string[] {
    if (id !== undefined) return [...(this.remembered.get(id) ?? [])];
    return [...this.remembered.values()].flat();
  }

  clear(): void {
    this.remembered.clear();
  }

  routes(signInPath: string): KitRoute<T>[] {
    return [
      { host: this.host, path: '/AccountChooser', method: 'GET', handle: (v) => this.page(v, signInPath) },
      { host: this.host, path: '/AccountChooser/remove', method: 'POST', handle: (v) => this.remove(v) },
      // Chromium's account check (GET or POST alike): every remembered account, signed-in ones first.
      { host: this.host, path: '/ListAccounts', handle: (v) => this.listAccounts(v) },
    ];
  }

  /**
   * The ListAccounts answer as Chromium parses it: ["gaia.l.a.r", rows], each row ["gaia.l.a", 1, name, email,
   * photo, …] with index 9 "valid" and index 14 "signed out" (a remembered account after /Logout).
   */
  private listAccounts(v: Visit<T>): void {
    const id = v.cookies.get(COOKIE);
    const emails = id ? this.accounts(id) : [];
    const rows = emails
      .map((email) => ({ email, signedIn: this.isSignedIn(v, email), name: this.users.find((u) => u.email === email)?.name ?? email }))
      .sort((a, b) => Number(b.signedIn) - Number(a.signedIn))
      .map(({ email, signedIn, name }, index) => {
        const row: unknown[] = ['gaia.l.a', 1, name, email, 'https://lh3.googleusercontent.com/a/default-user=s48-c', 1, 1, index, null, 1, String(100 + index), null, null, null, signedIn ? 0 : 1];
        return row;
      });
    sendJson(v.res, 200, ['gaia.l.a.r', rows], v);
  }

  private page(v: Visit<T>, signInPath: string): void {
    const id = v.cookies.get(COOKIE);
    const emails = id ? this.accounts(id) : [];
    if (emails.length === 0 || !id) {
      redirect(v.res, signInPath, 302, v);
      return;
    }
    const t = v.t;
    const rows = emails
      .map((email) => {
        const name = this.users.find((user) => user.email === email)?.name ?? email;
        const signedIn = this.isSignedIn(v, email);
        return `<li><div role="link" tabindex="0" class="account" data-identifier="${escapeHtml(email)}" data-signed-in="${signedIn}">
<div class="name">${escapeHtml(name)}</div><div class="email">${escapeHtml(email)}</div>
<div class="status">${escapeHtml(signedIn ? t.signedIn : t.signedOut)}</div></div></li>`;
      })
      .join('\n');
    const data = {
      delayMs: v.controls.dialogDelayMs,
      signIn: signInPath,
      action: '/AccountChooser/remove',
      token: this.tokens.issue(id),
      texts: { removeHeading: t.removeHeading, done: t.done, confirmRemove: t.confirmRemove, confirmRemoveText: t.confirmRemoveText, yesRemove: t.yesRemove, cancel: t.cancel },
    };
    v.sendPage(200, {
      title: `${t.chooseAccount} – Google`,
      header: false,
      body: `<div class="chooser" id="account-chooser"><h1 id="headingText">${escapeHtml(t.chooseAccount)}</h1>
<p id="headingSubtext">${escapeHtml(t.toContinue)}</p>
<ul class="accounts">
${rows}
<li class="chooser-action"><a role="link" href="/AddSession">${escapeHtml(t.useAnother)}</a></li>
<li class="chooser-action"><div role="link" tabindex="0" class="remove-account">${escapeHtml(t.removeAccount)}</div></li>
</ul></div>
<script type="application/json" id="chooser-data">${jsonForScript(data)}</script>
<script>${CHOOSER_SCRIPT}</script>`,
    });
  }

  private async remove(v: Visit<T>): Promise<void> {
    const form = await readForm(v.req);
    const id = v.cookies.get(COOKIE);
    if (!id || !this.tokens.verify(id, form.get('token'))) {
      sendJson(v.res, 403, { ok: false }, v);
      return;
    }
    const email = form.get('identifier') ?? '';
    this.remembered.set(id, this.accounts(id).filter((known) => known !== email));
    sendJson(v.res, 200, { ok: true, left: this.accounts(id).length }, v);
  }
}

/**
 * Remove mode switches at once on "Remove an account" (minus signs, a "Done" button). Picking an account opens a
 * confirmation a moment later; "Yes, remove" removes it with a request and takes its row off the list in place,
 * so the next account can be removed the same way. Outside remove mode, picking an account goes to its sign-in.
 */
const CHOOSER_SCRIPT = `(function () {
  var cfg = JSON.parse(document.getElementById('chooser-data').textContent);
  var root = document.getElementById('account-chooser');
  var removing = false;
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }
  function startRemoving() {
    removing = true;
    root.classList.add('removing');
    document.getElementById('headingText').textContent = cfg.texts.removeHeading;
    root.querySelectorAll('.chooser-action').forEach(function (item) { item.hidden = true; });
    root.querySelectorAll('.account').forEach(function (account) {
      account.insertBefore(el('span', { 'class': 'remove-icon', 'aria-hidden': 'true' }, '\\u2296'), account.firstChild);
    });
    var done = el('button', { type: 'button', 'class': 'done' }, cfg.texts.done);
    done.addEventListener('click', function () { location.reload(); });
    root.appendChild(done);
  }
  function confirmRemoval(account) {
    var email = account.getAttribute('data-identifier');
    setTimeout(function () {
      var dialog = el('div', { role: 'dialog', 'aria-modal': 'true', 'class': 'remove-dialog' });
      dialog.appendChild(el('h2', {}, cfg.texts.confirmRemove));
      dialog.appendChild(el('p', {}, email + ' ' + cfg.texts.confirmRemoveText));
      var cancel = el('button', { type: 'button' }, cfg.texts.cancel);
      cancel.addEventListener('click', function () { dialog.remove(); });
      var yes = el('button', { type: 'button' }, cfg.texts.yesRemove);
      yes.addEventListener('click', function () {
        yes.disabled = true;
        var body = new URLSearchParams({ identifier: email, token: cfg.token });
        fetch(cfg.action, { method: 'POST', credentials: 'same-origin', body: body })
          .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
          .then(function () { account.parentElement.remove(); dialog.remove(); })
          .catch(function () { yes.disabled = false; });
      });
      dialog.appendChild(cancel);
      dialog.appendChild(yes);
      document.body.appendChild(dialog);
    }, cfg.delayMs);
  }
  root.querySelector('.remove-account').addEventListener('click', startRemoving);
  root.querySelectorAll('.account').forEach(function (account) {
    account.addEventListener('click', function () {
      if (removing) confirmRemoval(account);
      else location.assign(cfg.signIn + '?identifier=' + encodeURIComponent(account.getAttribute('data-identifier')));
    });
  });
})();`;
