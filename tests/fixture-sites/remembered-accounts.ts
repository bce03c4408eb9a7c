import { randomBytes } from 'node:crypto';
import { sendJson } from './kit/respond';
import { daysFromNow, readForm, serializeCookie } from './types';
import type { KitRoute, KitTexts, KitUser, Visit } from './kit/index';

/**
 * The accounts a site remembers on one browser after they signed out, for its sign-in page to offer again (name,
 * photo, address). Where the list lives is the site's choice, as its evidence says:
 * - `cookie`: a cookie of the browser lists the accounts, each with a nonce the server still has to know (Facebook's
 *   dbln {"<account id>":"<nonce>"}, LinkedIn's li_rm). Its path may keep it from pages outside it: there the
 *   list is fetched from under that path (Facebook), and a sign-in elsewhere starts the list afresh.
 * - `server`: the server keeps the list under an anonymous browser-id cookie (Microsoft's MUID, Yahoo's A3).
 * Removing an entry is a POST of its id; the page takes the entry off in place.
 */
export type RememberedStorage =
  | { kind: 'cookie'; name: string; path: string; domain?: string; days: number }
  | { kind: 'server'; browserCookie: string };

const keyOf = (user: KitUser) => user.id ?? user.email;

export class RememberedAccounts<T extends KitTexts> {
  /** `cookie`: nonce → account key, dropped when the entry is removed. */
  private readonly nonces = new Map<string, string>();
  /** `server`: browser id → account keys, most recent first. */
  private readonly lists = new Map<string, string[]>();

  constructor(
    private readonly storage: RememberedStorage,
    private readonly users: readonly KitUser[],
  ) {}

  /** At sign-in: the site remembers the account on this browser. */
  remember(v: Visit<T>, user: KitUser): void {
    const key = keyOf(user);
    if (this.storage.kind === 'server') {
      const browser = v.cookies.get(this.storage.browserCookie);
      if (!browser) return;
      this.lists.set(browser, [key, ...(this.lists.get(browser) ?? []).filter((known) => known !== key)]);
      return;
    }
    const nonce = randomBytes(6).toString('base64url');
    this.nonces.set(nonce, key);
    this.writeCookie(v, { ...this.cookieEntries(v), [key]: nonce });
  }

  /** The accounts this visit's browser is offered, most recent first. */
  entries(v: Visit<T>): KitUser[] {
    const keys =
      this.storage.kind === 'server'
        ? this.lists.get(v.cookies.get(this.storage.browserCookie) ?? '') ?? []
        : Object.entries(this.cookieEntries(v))
            .filter(([key, nonce]) => this.nonces.get(nonce) === key)
            .map(([key]) => key)
            .reverse();
    return keys.map((key) => this.users.find((user) => keyOf(user) === key)).filter((user): user is KitUser => user !== undefined);
  }

  /** Tests: the e-mail addresses still remembered on any browser. */
  all(): string[] {
    const keys = this.storage.kind === 'server' ? [...this.lists.values()].flat() : [...this.nonces.values()];
    return keys.map((key) => this.users.find((user) => keyOf(user) === key)?.email ?? key);
  }

  clear(): void {
    this.nonces.clear();
    this.lists.clear();
  }

  /** The removal: POST `id` (the account's key) from a page of the site. */
  removeRoute(host: string, path: string): KitRoute<T> {
    return { host, path, method: 'POST', handle: (v) => this.remove(v) };
  }

  private async remove(v: Visit<T>): Promise<void> {
    const id = (await readForm(v.req)).get('id') ?? '';
    if (this.storage.kind === 'server') {
      const browser = v.cookies.get(this.storage.browserCookie) ?? '';
      this.lists.set(browser, (this.lists.get(browser) ?? []).filter((key) => key !== id));
    } else {
      const { [id]: nonce, ...rest } = this.cookieEntries(v);
      if (nonce !== undefined) this.nonces.delete(nonce);
      this.writeCookie(v, rest);
    }
    sendJson(v.res, 200, { ok: true }, v);
  }

  private cookieEntries(v: Visit<T>): Record<string, string> {
    if (this.storage.kind !== 'cookie') return {};
    try {
      const parsed: unknown = JSON.parse(decodeURIComponent(v.cookies.get(this.storage.name) ?? '{}'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private writeCookie(v: Visit<T>, entries: Record<string, string>): void {
    if (this.storage.kind !== 'cookie') return;
    const { name, path, domain, days } = this.storage;
    const empty = Object.keys(entries).length === 0;
    v.setCookies.push(
      serializeCookie(name, empty ? '' : encodeURIComponent(JSON.stringify(entries)), {
        path,
        ...(domain ? { domain } : {}),
        secure: true,
        sameSite: 'None',
        expires: empty ? new Date(0) : daysFromNow(days),
      }),
    );
  }
}

/**
 * The pages' part: a control with `data-opens="<id>"` shows or hides that menu; one with `data-forget="<key>"` posts
 * the removal to `action` and, once the site answers, takes its `[data-remembered]` entry off the page.
 */
export function rememberedScript(action: string, delayMs = 0): string {
  return `<script>(function () {
  var action = ${JSON.stringify(action)};
  document.addEventListener('click', function (event) {
    var opener = event.target.closest && event.target.closest('[data-opens]');
    if (opener) {
      event.preventDefault();
      var menu = document.getElementById(opener.getAttribute('data-opens'));
      menu.hidden = !menu.hidden;
      opener.setAttribute('aria-expanded', String(!menu.hidden));
      return;
    }
    var control = event.target.closest && event.target.closest('[data-forget]');
    if (!control) return;
    event.preventDefault();
    var body = new URLSearchParams({ id: control.getAttribute('data-forget') });
    setTimeout(function () {
      fetch(action, { method: 'POST', credentials: 'same-origin', body: body }).then(function (response) {
        if (response.ok) control.closest('[data-remembered]').remove();
      });
    }, ${Number(delayMs)});
  });
})();</script>`;
}
