import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { watchPasswordSubmissions } from '@/utils/generic/password-watch';
import { runGenericSignOutInPage, type GenericPageRequest } from '@/utils/generic/run-generic-page';

const FAST = { hoverWaitMs: 150, clickWaitMs: 400, pollMs: 20 };
const FIND: GenericPageRequest = { mode: 'find', allowAccountPage: true };

/** A page whose every press is recorded (and kept from navigating). */
function page(body: string, script?: (doc: Document) => void) {
  const window = new Window({ url: 'https://forum.beispiel.de/' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const pressed: string[] = [];
  doc.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element).closest('a, button');
      if (target) pressed.push(target.textContent?.trim() || target.getAttribute('aria-label') || target.localName);
      if (target?.localName === 'a' || target?.closest('form')) event.preventDefault();
    },
    true,
  );
  script?.(doc);
  const reports: string[] = [];
  const hooks = { report: async (action: string, label: string) => void reports.push(`${action}: ${label}`) };
  return { doc, pressed, reports, hooks };
}

describe('generic sign-out in the page', () => {
  it('presses a visible sign-out control, reporting it first, and never the decoy beside it', async () => {
    const p = page('<header><a href="/konto/usun">Usuń konto</a><a href="/wyloguj">Wyloguj się</a></header>');
    const result = await runGenericSignOutInPage(p.doc, FIND, p.hooks, FAST);
    expect(result).toEqual({ kind: 'clicked', label: 'Wyloguj się', via: 'page' });
    expect(p.reports).toEqual(['sign-out: Wyloguj się']);
    expect(p.pressed).toEqual(['Wyloguj się']);
  });

  it('opens an account menu that is built only after a click, then presses its sign-out', async () => {
    const p = page(
      `<header><button class="user-dropdown-toggle" aria-haspopup="menu" aria-expanded="false"><span class="avatar"></span> jan.k</button></header>`,
      (doc) => {
        doc.querySelector('button')!.addEventListener('click', () => {
          setTimeout(() => {
            doc.body.insertAdjacentHTML(
              'beforeend',
              '<ul role="menu"><li><a role="menuitem" href="/konto-loeschen">Konto löschen</a></li><li><a role="menuitem" href="/ucp.php?mode=logout&sid=1">Abmelden</a></li></ul>',
            );
          }, 100);
        });
      },
    );
    const result = await runGenericSignOutInPage(p.doc, FIND, p.hooks, FAST);
    expect(result).toEqual({ kind: 'clicked', label: 'Abmelden', via: 'menu' });
    expect(p.reports).toEqual(['open-menu: jan.k', 'sign-out: Abmelden']);
    expect(p.pressed).toEqual(['jan.k', 'Abmelden']);
  });

  it('opens a menu that shows on hover without clicking it', async () => {
    const p = page(
      `<nav><div class="account-menu"><button aria-haspopup="true">Mein Konto</button>
        <div id="flyout" style="display:none"><a href="/abmelden">Abmelden</a></div></div></nav>`,
      (doc) => {
        doc.querySelector('button')!.addEventListener('mouseenter', () => {
          (doc.getElementById('flyout') as HTMLElement).style.display = 'block';
        });
      },
    );
    const result = await runGenericSignOutInPage(p.doc, FIND, p.hooks, FAST);
    expect(result).toMatchObject({ kind: 'clicked', label: 'Abmelden', via: 'menu' });
    expect(p.pressed).toEqual(['Abmelden']);
  });

  it('points to the account page when nothing else is there, once', async () => {
    const p = page('<header><a href="/contacts">Contacts</a><a href="/account">Account</a><button aria-haspopup="true">Help</button></header>');
    expect(await runGenericSignOutInPage(p.doc, FIND, p.hooks, FAST)).toEqual({
      kind: 'account-page',
      url: 'https://forum.beispiel.de/account',
      label: 'Account',
    });
    expect(p.reports).toEqual(['account-page: Account']);
    expect(p.pressed).toEqual([]); // "Help" is no account menu.
    const again = await runGenericSignOutInPage(p.doc, { mode: 'find', allowAccountPage: false }, p.hooks, FAST);
    expect(again.kind).toBe('not-found');
  });

  it('presses a hidden link only when its label and its address both say "sign out"', async () => {
    const strong = page('<div hidden><a href="/logout">Log out</a></div>');
    expect(await runGenericSignOutInPage(strong.doc, FIND, strong.hooks, FAST)).toMatchObject({ kind: 'clicked', via: 'hidden' });
    const weak = page('<div hidden><a href="/bye">Log out</a></div>');
    expect((await runGenericSignOutInPage(weak.doc, FIND, weak.hooks, FAST)).kind).toBe('not-found');
    expect(weak.pressed).toEqual([]);
  });

  it('in "confirm" mode presses only a visible sign-out, never menus', async () => {
    const p = page('<header><button aria-haspopup="menu">My account</button></header><form method="post" action="/logout"><button>Yes, log out</button><button type="button">Cancel</button></form>');
    expect(await runGenericSignOutInPage(p.doc, { mode: 'confirm', allowAccountPage: false }, p.hooks, FAST)).toMatchObject({
      kind: 'clicked',
      label: 'Yes, log out',
    });
    const bare = page('<header><button aria-haspopup="menu">My account</button></header><p>You are signed out.</p>');
    expect((await runGenericSignOutInPage(bare.doc, { mode: 'confirm', allowAccountPage: false }, bare.hooks, FAST)).kind).toBe('not-found');
    expect(bare.pressed).toEqual([]);
  });

  it('says what it refused when only destructive controls were there', async () => {
    const p = page('<header><button>Delete account</button><a href="/account/close">Close account</a></header>');
    const result = await runGenericSignOutInPage(p.doc, FIND, p.hooks, FAST);
    expect(result).toMatchObject({ kind: 'not-found', detail: expect.stringContaining('2 destructive control(s) refused') });
    expect(p.pressed).toEqual([]);
  });
});

describe('password form watch', () => {
  function form(html: string) {
    const window = new Window({ url: 'https://www.sklep-przyklad.pl/logowanie' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = html;
    let now = 0;
    const seen: number[] = [];
    watchPasswordSubmissions(doc, () => seen.push(now), () => now);
    return { doc, seen, advance: (ms: number) => (now += ms) };
  }
  const fill = (doc: Document, selector: string, value: string) => ((doc.querySelector(selector) as HTMLInputElement).value = value);

  it('reports a form with a filled password field once, however it is sent', () => {
    const f = form('<form><input name="email"><input type="password" id="p"><button id="b">Zaloguj</button></form>');
    fill(f.doc, '#p', 'haslo123');
    (f.doc.getElementById('b') as HTMLElement).dispatchEvent(new f.doc.defaultView!.MouseEvent('click', { bubbles: true }));
    f.doc.querySelector('form')!.dispatchEvent(new f.doc.defaultView!.Event('submit', { bubbles: true }));
    expect(f.seen).toEqual([0]);
    f.advance(5_000);
    f.doc.getElementById('p')!.dispatchEvent(new f.doc.defaultView!.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(f.seen).toEqual([0, 5_000]);
  });

  it('ignores an empty password field and forms without one', () => {
    const f = form('<form id="s"><input name="q"><button id="go">Szukaj</button></form><form id="l"><input type="password"><button id="b">Zaloguj</button></form>');
    f.doc.getElementById('s')!.dispatchEvent(new f.doc.defaultView!.Event('submit', { bubbles: true }));
    (f.doc.getElementById('b') as HTMLElement).dispatchEvent(new f.doc.defaultView!.MouseEvent('click', { bubbles: true }));
    expect(f.seen).toEqual([]);
  });

  it('notices a sign-in done by script, without a <form>', () => {
    const f = form('<div class="login"><input type="email"><div><input type="password" id="p"></div><div role="button" id="go">Sign in</div></div>');
    fill(f.doc, '#p', 'secret');
    f.doc.getElementById('go')!.dispatchEvent(new f.doc.defaultView!.MouseEvent('click', { bubbles: true }));
    expect(f.seen).toEqual([0]);
  });
});
