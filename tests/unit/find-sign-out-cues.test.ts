import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findAccountMenuOpeners, findSignOut, hasAccountSignals, scanForSignOut } from '@/utils/generic/find-sign-out';
import { destructiveAddress } from '@/utils/generic/destructive-address';
import {
  ACCOUNT_LABELS,
  allWords,
  DESTRUCTIVE_LABELS,
  FINDER_LANGUAGES,
  SIGN_OUT_LABELS,
} from '@/utils/core/sign-out-words';
import { fold, phraseList } from '@/utils/core/words-match';

/**
 * The generic finder beyond its first eight languages (issue #22): sign-out, destructive and account words in
 * sv, no, da, fi, tr, pt, ro, hu, sk, lt, lv, et, uk, ru, el; sign-out cues in ids, classes, names, data-*
 * attributes and camel-case address words; and when a destructive-looking address refuses a control.
 */

function page(body: string, url = 'https://www.biblioteka.example/'): Document {
  const window = new Window({ url });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const labelOf = (doc: Document) => findSignOut(doc)?.label;
const ADDED = FINDER_LANGUAGES.slice(8);

describe('word lists', () => {
  it('cover every added language, each list non-empty', () => {
    expect(ADDED).toEqual(['sv', 'no', 'da', 'fi', 'tr', 'pt', 'ro', 'hu', 'sk', 'lt', 'lv', 'et', 'uk', 'ru', 'el']);
    for (const lang of FINDER_LANGUAGES) {
      expect(SIGN_OUT_LABELS[lang].length, lang).toBeGreaterThan(0);
      expect(DESTRUCTIVE_LABELS[lang].length, lang).toBeGreaterThan(SIGN_OUT_LABELS[lang].length - 1);
      expect(ACCOUNT_LABELS[lang].length, lang).toBeGreaterThan(0);
    }
  });

  it('no sign-out label of any language contains a destructive phrase of any language (it could never be found)', () => {
    const destructive = phraseList(allWords(DESTRUCTIVE_LABELS));
    for (const label of allWords(SIGN_OUT_LABELS)) expect(destructive.contains(fold(label)), label).toBe(false);
  });
});

describe('sign-out labels in the added languages', () => {
  it.each([
    ['sv', 'Logga ut'],
    ['no', 'Logg ut'],
    ['da', 'Log ud'],
    ['da', 'Log af'],
    ['fi', 'Kirjaudu ulos'],
    ['tr', 'Çıkış yap'],
    ['tr (upper case: I, not ı)', 'ÇIKIŞ YAP'],
    ['tr', 'Oturumu kapat'],
    ['pt', 'Terminar sessão'],
    ['pt', 'Sair'],
    ['ro', 'Deconectare'],
    ['hu', 'Kijelentkezés'],
    ['sk', 'Odhlásiť sa'],
    ['lt', 'Atsijungti'],
    ['lv', 'Iziet'],
    ['et', 'Logi välja'],
    ['uk', 'Вийти'],
    ['ru', 'Выйти'],
    ['el', 'Αποσύνδεση'],
  ])('%s: %s', (_lang, label) => {
    expect(labelOf(page(`<header><a href="/x">${label}</a></header>`))).toBe(label);
  });

  it.each(ADDED)('%s: every listed sign-out label is found as a button', (lang) => {
    for (const label of SIGN_OUT_LABELS[lang]) {
      expect(labelOf(page(`<header><button type="button">${label}</button></header>`)), label).toBe(label);
    }
  });

  it('finds an address word of the added languages (/logga-ut, /cikis, /kijelentkezes)', () => {
    for (const href of ['/logga-ut', '/cikis', '/kijelentkezes.php', '/?action=atsijungti', '/vyhod']) {
      expect(findSignOut(page(`<nav><a href="${href}"><i></i></a></nav>`))?.reasons, href).toContain('url');
    }
  });
});

describe('destructive labels in the added languages are never returned', () => {
  it.each([
    ['sv', 'Radera konto'],
    ['sv', 'Avsluta prenumeration'],
    ['no', 'Slett konto'],
    ['da', 'Slet min konto'],
    ['fi', 'Poista tili'],
    ['fi', 'Peru tilaus'],
    ['tr', 'Hesabımı sil'],
    ['tr', 'Aboneliği iptal et'],
    ['pt', 'Excluir conta'],
    ['pt', 'Cancelar assinatura'],
    ['ro', 'Șterge contul'],
    ['hu', 'Fiók törlése'],
    ['hu', 'Leiratkozás'],
    ['sk', 'Zrušiť účet'],
    ['lt', 'Ištrinti paskyrą'],
    ['lv', 'Dzēst kontu'],
    ['et', 'Kustuta konto'],
    ['uk', 'Видалити обліковий запис'],
    ['uk', 'Скасувати підписку'],
    ['ru', 'Удалить аккаунт'],
    ['el', 'Διαγραφή λογαριασμού'],
  ])('%s: %s beside a real sign-out, and joined to a sign-out word', (lang, decoy) => {
    const signOut = SIGN_OUT_LABELS[lang as (typeof ADDED)[number]][0]!;
    const doc = page(`<header><button>${decoy}</button><a href="/konto/zamknij">${signOut} / ${decoy}</a>
      <a href="/logout">${decoy}</a><a href="/bye">${signOut}</a></header>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut.map((c) => c.label)).toEqual([signOut]);
    expect(scan.refused.map((c) => c.label)).toEqual(expect.arrayContaining([`${signOut} / ${decoy}`, decoy]));
  });
});

describe('account menus in the added languages', () => {
  it.each([
    ['tr', 'Hesabım'],
    ['uk', 'Мій акаунт'],
    ['ru', 'Личный кабинет'],
    ['fi', 'Oma tili'],
    ['el', 'Ο λογαριασμός μου'],
  ])('%s: a popup button "%s" is an opener', (_lang, label) => {
    const doc = page(`<header><button aria-haspopup="true" aria-expanded="false">Мова</button>
      <button aria-haspopup="true" aria-expanded="false">${label}</button></header>`);
    expect(findAccountMenuOpeners(doc).map((o) => o.label)).toEqual([label]);
  });
});

describe('cues in ids, classes, names, data-* attributes and camel-case address words', () => {
  it('finds an icon or an unknown-language label by its id, class, name or data-* attribute', () => {
    const cases = [
      '<a id="header-logout-link" href="/x"><svg></svg></a>',
      '<a class="nav-item js-sign-out" href="/x">Útskráning</a>',
      '<button class="btnSignOut" type="button">⎋</button>',
      '<button data-action="logout" type="button">⎋</button>',
      '<button data-logout type="button">⎋</button>',
      '<form action="/x"><input type="submit" name="logoff" value="OK"></form>',
    ];
    for (const html of cases) expect(findSignOut(page(`<header>${html}</header>`))?.reasons, html).toContain('attribute');
  });

  it('finds a camel-case address word (ASP.NET postbacks: lnkLogout, LogOut.aspx)', () => {
    for (const href of ["javascript:__doPostBack('ctl00$lnkLogout','')", '/Account/btnSignOut_Click', '/members.aspx?cmd=doLogOut']) {
      const found = findSignOut(page(`<header><a href="${href}">Útskráning</a></header>`));
      expect(found?.reasons, href).toContain('url-segment');
    }
    // A plain address word is already an address cue ("/Account/SignOut" folds to "/account/signout").
    expect(findSignOut(page('<header><a href="/Account/SignOut">Útskráning</a></header>'))?.reasons).toContain('url');
  });

  it('counts these cues less than a visible sign-out label', () => {
    const doc = page(`<header><a id="user-logout" href="/a">Útskráning</a><a href="/b">Logga ut</a>
      <a href="javascript:__doPostBack('lnkLogout','')">Útskrá</a></header>`);
    const [best, ...rest] = scanForSignOut(doc).signOut;
    expect(best?.label).toBe('Logga ut');
    expect(rest.map((c) => c.label).sort()).toEqual(['Útskrá', 'Útskráning']);
    for (const weaker of rest) expect(weaker.score).toBeLessThan(best!.score);
  });

  it('ignores a sign-in/sign-out toggle and a login link, so a signed-out page shows no account signal', () => {
    const doc = page(`<header><a class="login-logout-toggle" href="/login">Zaloguj</a>
      <a id="signInOrLogOut" href="/auth">Sisään</a></header>`);
    expect(scanForSignOut(doc).signOut).toEqual([]);
    expect(hasAccountSignals(doc)).toBe(false);
  });

  it('refuses a control whose names say it signs out the other sessions, whatever its label', () => {
    const doc = page(`<main><button id="logoutOtherSessions">Log out</button>
      <a href="/Sessions/LogoutOthers">Odjava</a><button class="sign-out-remote">Kirjaudu ulos</button></main>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut).toEqual([]);
    // The two with a sign-out label are refused; the link with only its address to go by is no candidate at all.
    expect(scan.refused.map((c) => [c.label, c.reasons])).toEqual([
      ['Log out', ['other-sessions']],
      ['Kirjaudu ulos', ['other-sessions']],
    ]);
  });

  it('matches whole words in names too: "logoutlet", "blogout" and "catalogout" are not sign-outs', () => {
    const doc = page(`<header><a class="logoutlet" href="/x">A</a><a id="blogout" href="/y">B</a>
      <a href="/catalogOutlet">C</a></header>`);
    expect(scanForSignOut(doc).signOut).toEqual([]);
  });
});

describe('a destructive-looking address or name refuses a control unless the label is exactly a sign-out label', () => {
  it('keeps an exact sign-out label that leads to /destroy.php or /session/destroy (the page\'s only sign-out)', () => {
    for (const [label, href] of [
      ['Logout', '/destroy.php'],
      ['Wyloguj', '/session/destroy'],
      ['Вийти', '/auth/delete?session=1'],
      ['Çıkış yap', '/oturum/sil'],
    ]) {
      const found = findSignOut(page(`<header><a href="${href}">${label}</a></header>`));
      expect(found?.label, href).toBe(label);
    }
    const form = page('<header><form method="post" action="/sessions/destroy"><button>Sign out</button></form></header>');
    expect(findSignOut(form)?.label).toBe('Sign out');
    expect(findSignOut(page('<a class="js-destroy" href="/x">Log out</a>'))?.label).toBe('Log out');
  });

  it('keeps the veto when the label is only close to a sign-out label, or names nothing', () => {
    for (const html of [
      '<a href="/destroy.php">Wyloguj mnie teraz</a>',
      '<a href="/destroy.php?logout=1"><i></i></a>',
      '<a id="logout" href="/session/destroy">Útskráning</a>',
      '<a class="logout js-remove" href="#">Útskráning</a>',
      '<a href="javascript:lnkLogoutDestroy()">?</a>',
    ]) {
      const scan = scanForSignOut(page(`<header>${html}</header>`));
      expect(scan.signOut, html).toEqual([]);
      expect(scan.refused.map((c) => c.reasons), html).toEqual([['destructive']]);
    }
  });

  it('never lets an address that ends an account through, even behind an exact sign-out label', () => {
    for (const href of [
      '/account/delete',
      '/users/destroy',
      '/unsubscribe?all=1',
      '/membership/cancel',
      '/Account/DeleteAccount.aspx',
      "javascript:__doPostBack('ctl00$btnCloseAccount','')",
      '/hesap/sil',
    ]) {
      const scan = scanForSignOut(page(`<header><a href="${href}">Log out</a></header>`));
      expect(scan.signOut, href).toEqual([]);
    }
    for (const names of ['id="btnDeleteAccount"', 'class="logout account-delete"', 'data-action="unsubscribe"']) {
      const scan = scanForSignOut(page(`<header><button ${names}>Log out</button></header>`));
      expect(scan.signOut, names).toEqual([]);
    }
  });

  it('never lets a destructive label through, whatever the address says', () => {
    for (const label of ['Log out and delete my account', 'Вийти та видалити акаунт', 'Çıkış yap ve hesabımı sil']) {
      expect(scanForSignOut(page(`<header><a href="/logout">${label}</a></header>`)).signOut, label).toEqual([]);
    }
  });

  it('grades addresses: account-ending, ambiguous, none', () => {
    expect(destructiveAddress('/destroy.php')).toBe('ambiguous');
    expect(destructiveAddress('/session/delete')).toBe('ambiguous');
    expect(destructiveAddress('/account/delete')).toBe('account');
    expect(destructiveAddress('/DeleteAccount')).toBe('account');
    expect(destructiveAddress('/deleteaccount')).toBe('account');
    expect(destructiveAddress('/unsubscribe')).toBe('account');
    expect(destructiveAddress('/logout')).toBe('none');
    expect(destructiveAddress('/deleted-items-policy')).toBe('none');
  });
});

describe("WordPress's profile button that ends the other sessions (a source of the destructive lists)", () => {
  it.each([
    ['Log Out Everywhere Else', 'Log Out'],
    ['Überall sonst abmelden', 'Abmelden'],
    ['Me déconnecter partout ailleurs', 'Se déconnecter'],
  ])('refuses "%s" and finds "%s" beside it', (others, own) => {
    // WordPress names the button id="destroy-sessions", which refuses it too; here the label alone must.
    const doc = page(`<p><button type="button" class="button">${others}</button></p>
      <a href="/wp-login.php?action=logout">${own}</a>`);
    const scan = scanForSignOut(doc);
    expect(scan.signOut.map((c) => c.label)).toEqual([own]);
    expect(scan.refused.map((c) => c.label)).toContain(others);
    expect(labelOf(page(`<p><button type="button" class="button">${others}</button></p>`))).toBeUndefined();
  });
});
