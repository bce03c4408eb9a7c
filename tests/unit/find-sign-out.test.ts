import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import {
  findAccountMenuOpeners,
  findSignOut,
  hasAccountSignals,
  scanForSignOut,
} from '@/utils/generic/find-sign-out';

/** A page on a real-looking origin, so that relative links resolve and same-origin checks work. */
function page(body: string, url = 'https://www.sklep-przyklad.pl/'): Document {
  const window = new Window({ url });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const labelOf = (doc: Document) => findSignOut(doc)?.label;

describe('generic sign-out finder: languages', () => {
  it.each([
    ['en', '<a href="/session/end">Sign out</a>', 'Sign out'],
    ['en', '<button type="button">Log out</button>', 'Log out'],
    ['pl', '<a href="/x">Wyloguj się</a>', 'Wyloguj się'],
    ['pl (no diacritics)', '<a href="/x">Wyloguj sie</a>', 'Wyloguj sie'],
    ['de', '<a href="/x">Abmelden</a>', 'Abmelden'],
    ['fr', '<button>Se déconnecter</button>', 'Se déconnecter'],
    ['fr (Déconnexion)', '<a href="/x">Déconnexion</a>', 'Déconnexion'],
    ['es', '<a href="/x">Cerrar sesión</a>', 'Cerrar sesión'],
    ['it', '<a href="/x">Esci</a>', 'Esci'],
    ['nl', '<a href="/x">Uitloggen</a>', 'Uitloggen'],
    ['nl (Afmelden)', '<a href="/x">Afmelden</a>', 'Afmelden'],
    ['cs', '<a href="/x">Odhlásit se</a>', 'Odhlásit se'],
  ])('%s: %s', (_lang, html, label) => {
    expect(labelOf(page(`<header>${html}</header>`))).toBe(label);
  });

  it('reads aria-label, title, an input\'s value and an icon\'s alt text', () => {
    expect(labelOf(page('<button aria-label="Wyloguj"><svg></svg></button>'))).toBe('Wyloguj');
    expect(labelOf(page('<a href="/x" title="Abmelden"><i class="icon-exit"></i></a>'))).toBe('Abmelden');
    expect(labelOf(page('<form action="/s"><input type="submit" value="Odhlásit"></form>'))).toBe('Odhlásit');
    expect(findSignOut(page('<a href="/x"><img src="exit.svg" alt="Log out"></a>'))?.element.localName).toBe('a');
  });

  it('finds a control by its address alone (logout, sign_out, wyloguj, deconnexion ...)', () => {
    for (const href of ['/logout', '/users/sign_out', '/wyloguj?next=/', '/compte/deconnexion', '/logout.php', '/?action=logout']) {
      const found = findSignOut(page(`<nav><a href="${href}"><i class="icon"></i></a></nav>`));
      expect(found?.reasons, href).toContain('url');
    }
    // Whole words only: an outlet catalogue is not a sign-out.
    expect(findSignOut(page('<a href="/catalogoutlet">Outlet</a>'))).toBeUndefined();
  });

  it('matches whole words only', () => {
    expect(findSignOut(page('<a href="/x">Escissione</a>'))).toBeUndefined();
    expect(findSignOut(page('<a href="/x">Signature out of stock</a>'))).toBeUndefined();
    expect(findSignOut(page('<a href="/login">Sign in</a><a href="/x">Zaloguj się</a>'))).toBeUndefined();
  });

  it('finds the sign-out button of a POST form by its action', () => {
    const doc = page(`<form method="post" action="/deconnexion">
        <input type="hidden" name="csrf_token" value="abc"><button type="submit">Quitter</button></form>`);
    const found = findSignOut(doc);
    expect(found?.element.localName).toBe('button');
    expect(found?.reasons).toContain('form-action');
  });
});

describe('generic sign-out finder: ranking', () => {
  it('prefers an exact label to one that merely contains it', () => {
    const doc = page('<a href="/a">Nie Jan? Wyloguj się</a><a href="/b">Wyloguj się</a>');
    expect(labelOf(doc)).toBe('Wyloguj się');
    expect(scanForSignOut(doc).signOut.map((c) => c.label)).toEqual(['Wyloguj się', 'Nie Jan? Wyloguj się']);
  });

  it('ranks a label with a sign-out address above the label alone, and the header above the footer', () => {
    const doc = page(`<main><a href="/help">Log out</a></main><header><a href="/logout">Log out</a></header>`);
    const [best, second] = scanForSignOut(doc).signOut;
    expect(best?.element.getAttribute('href')).toBe('/logout');
    expect(best?.reasons).toEqual(expect.arrayContaining(['exact-label', 'url', 'in-navigation', 'visible']));
    expect(second?.element.getAttribute('href')).toBe('/help');
  });

  it('ranks the account menu\'s sign-out above a stray one', () => {
    const doc = page(`<div><a href="/x1">Logout</a></div><div class="user-menu"><a href="/x2">Logout</a></div>`);
    expect(findSignOut(doc)?.element.getAttribute('href')).toBe('/x2');
  });

  it('prefers a visible control; a hidden one is reported as hidden', () => {
    const doc = page(`<div style="display:none"><a href="/logout">Sign out</a></div><footer><a href="/bye">Sign out</a></footer>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut.map((c) => [c.element.getAttribute('href'), c.visible])).toEqual([
      ['/bye', true],
      ['/logout', false],
    ]);
  });

  it('returns nothing visible when the only sign-out is inside a closed menu, but sees the account signal', () => {
    const doc = page(`<header><button aria-haspopup="menu" aria-expanded="false">Mein Konto</button>
      <ul role="menu" hidden><li><a role="menuitem" href="/abmelden">Abmelden</a></li></ul></header>`);
    expect(findSignOut(doc)).toBeUndefined();
    expect(hasAccountSignals(doc)).toBe(true);
    expect(findAccountMenuOpeners(doc)[0]?.label).toBe('Mein Konto');
  });

  it('sees no account signal on a signed-out page', () => {
    expect(hasAccountSignals(page('<header><a href="/login">Zaloguj się</a><a href="/konto">Moje konto</a></header>'))).toBe(false);
  });
});

describe('generic sign-out finder: destructive controls are never returned', () => {
  it.each([
    ['en', '<a href="/account/delete">Delete account</a>'],
    ['en', '<button>Close account</button>'],
    ['en', '<button>Cancel subscription</button>'],
    ['en', '<button>Deactivate</button>'],
    ['pl', '<a href="/konto/usun">Usuń konto</a>'],
    ['de', '<button>Konto löschen</button>'],
    ['fr', '<button>Supprimer le compte</button>'],
    ['es', '<button>Eliminar cuenta</button>'],
    ['it', '<button>Elimina account</button>'],
    ['nl', '<button>Account verwijderen</button>'],
    ['cs', '<button>Smazat účet</button>'],
  ])('%s: %s next to a real sign-out', (_lang, decoy) => {
    const doc = page(`<header>${decoy}<a href="/bye">Sign out</a></header>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut.map((c) => c.label)).toEqual(['Sign out']);
    expect(scan.openers.map((c) => c.element)).not.toContain(doc.querySelector('header > :first-child'));
    expect(scan.accountPages).toEqual([]);
  });

  it('refuses a control that says both "sign out" and "delete"', () => {
    const doc = page(`<button>Sign out and delete my account</button><a href="/logout?then=delete-account">Bye</a>
      <form action="/account/delete" method="post"><button>Log out</button></form>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut).toEqual([]);
    expect(scan.refused).toHaveLength(3);
  });

  it('refuses newsletter unsubscribe and "other devices" links that use sign-out words', () => {
    const doc = page(`<a href="/nl">Newsletter abmelden</a><a href="/n2">Odhlásit odběr</a>
      <a href="/n3">Afmelden voor de nieuwsbrief</a><button>Log out of all other devices</button>`);
    expect(scanForSignOut(doc).signOut).toEqual([]);
  });
});

describe('generic sign-out finder: account menu openers and account pages', () => {
  it('finds popup buttons labelled as the account, the avatar, or the person\'s name', () => {
    const doc = page(`<header>
      <button aria-haspopup="true" aria-expanded="false">Język</button>
      <button aria-haspopup="menu" class="avatar-button"><img class="avatar" src="me.png" alt=""></button>
      <button type="button">Anna Nowak</button>
      <button aria-expanded="false" aria-haspopup="true">Mon compte</button>
    </header>`);
    const openers = findAccountMenuOpeners(doc, { accountName: 'Anna Nowak' });
    expect(openers.map((o) => o.label)).toEqual(['Mon compte', '', 'Anna Nowak']);
    expect(openers.every((o) => !o.navigates)).toBe(true);
  });

  it('offers links to the account page on the same site only', () => {
    const doc = page(`<header><a href="/konto">Moje konto</a><a href="https://other.example/account">Account</a>
      <a href="/mein-konto/profil"><i></i></a></header>`);
    const pages = scanForSignOut(doc).accountPages;
    expect(pages.map((p) => p.url)).toEqual(['https://www.sklep-przyklad.pl/konto', 'https://www.sklep-przyklad.pl/mein-konto/profil']);
  });

  it('marks an opener that is a real link, so the runner only hovers it', () => {
    const doc = page('<header><a href="/account" aria-haspopup="true">Your account</a></header>');
    const [opener] = findAccountMenuOpeners(doc);
    expect(opener?.navigates).toBe(true);
  });
});

describe('generic sign-out finder: work grows with the page, not faster', () => {
  /** A shop page of `rows` product rows (five elements each) and one sign-out link in its header. */
  const shopPage = (rows: number) =>
    page(
      `<header><a href="/wyloguj">Wyloguj</a></header><main>${Array.from(
        { length: rows },
        (_, i) => `<div class="p"><a href="/product/${i}">Product ${i}</a><span>${i} zł</span><button>Dodaj</button><i></i></div>`,
      ).join('')}</main>`,
    );

  /** How many attribute reads the finder makes on `doc` (its work, counted rather than timed: tests never time). */
  function attributeReads(doc: Document): number {
    const proto = (doc.defaultView as unknown as { Element: typeof Element }).Element.prototype;
    const reads = vi.spyOn(proto, 'getAttribute');
    const found = findSignOut(doc);
    const count = reads.mock.calls.length;
    reads.mockRestore();
    expect(found?.label).toBe('Wyloguj');
    return count;
  }

  it('scans a page in one pass: four times the rows, at most about four times the work', { timeout: 30_000 }, () => {
    const small = shopPage(250);
    const large = shopPage(1_000);
    const smallReads = attributeReads(small);
    const largeReads = attributeReads(large);
    expect(smallReads).toBeGreaterThan(250); // The finder really looks at every row.
    // A scan that went quadratic would read about sixteen times as much; bench/finder.ts measures the time.
    expect(largeReads).toBeLessThan(smallReads * 4.5);
  });
});
