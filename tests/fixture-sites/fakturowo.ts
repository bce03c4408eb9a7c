import { randomBytes } from 'node:crypto';
import { mailbox } from './mailbox';
import { baseTexts, defineFixtureSite, escapeHtml, readForm, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.fakturowo.pl (Polish only) as the seed and the site's help page describe it: /konto with three sections, each
 * with its own button — the yearly password change (ZAPISZ), e-mail consents (ZAPISZ) and account deletion. The
 * deletion is confirmed beside the button, either with a list „TAK - potwierdzam usunięcie konta” (the help page) or
 * a tick box on the left (the seed's account page): `controls.deleteConfirm` picks which. "Usuń konto" e-mails a
 * link valid for one hour; opening it deletes the account and its data, blocks the e-mail address for good and
 * shows a confirmation. The deletion form's markup is not public: its ids, names and option values here are neutral on
 * purpose, so the guide has to find the list by structure and the tick box by its label. Cookie names are not known
 * (LOW): PHPSESSID after sign-in.
 *
 * Accounts that granted each other access („Udziel dostęp”) switch between themselves without a password (user menu →
 * „Przełącz konto”): each switch starts a session linked to the login (same browser), and the old one stays valid;
 * „Wyloguj” (/wyloguj, LOW) ends every one of them. fk_device (every visitor's, LOW) is what links them.
 */

interface FakturowoControls {
  deleteConfirm: 'select' | 'checkbox';
  /** How long the e-mailed link works. */
  linkTtlMs: number;
}

export interface FakturowoSave {
  email: string;
  /** Which section's ZAPISZ was pressed. */
  form: 'haslo' | 'zgody';
}

export interface FakturowoDeletion {
  email: string;
  /** Who pressed "Usuń konto": a person's trusted click, or a script. */
  pressedBy: 'person' | 'script' | 'none';
  requestedAt: Date;
  deletedAt?: Date;
}

const texts: KitTexts = {
  ...baseTexts.pl,
  siteName: 'Fakturowo.pl',
  signInTitle: 'Logowanie',
  identifierLabel: 'Adres email',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy adres email lub hasło.',
  unknownAccount: 'Nieprawidłowy adres email lub hasło.',
  accountTitle: 'Konto',
  signOut: 'Wyloguj',
  notFound: 'Strona nie istnieje.',
};

const defaultUsers = (): KitUser[] => [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: '1' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: '2' },
];

/** Accounts that granted each other access: either may switch to the other without a password. */
const MUTUAL_ACCESS: readonly (readonly [string, string])[] = [['jan@example.com', 'anna@example.com']];
const mayActAs = (from: string, to: string) =>
  MUTUAL_ACCESS.some(([a, b]) => (a === from && b === to) || (a === to && b === from));

const MENU = ['Wystaw', 'Dokumenty', 'Koszty', 'KSeF', 'Klienci', 'Produkty', 'Raporty', 'Konto', 'Ustawienia', 'Pomoc'];

const STYLE = `
body { margin: 0; font: 14px Verdana, Arial, sans-serif; color: #222; background: #f4f6f8; }
header { display: flex; align-items: center; gap: 14px; padding: 10px 20px; background: #1e5aa0; color: #fff; }
header a, header button { color: #fff; text-decoration: none; background: none; border: 0; font: inherit; cursor: pointer; }
.logo { font-weight: bold; font-size: 18px; margin-right: 12px; }
main { padding: 20px; max-width: 900px; }
section.box { background: #fff; border: 1px solid #d5dbe1; border-radius: 4px; padding: 14px; margin-bottom: 16px; }
.btn { background: #1e5aa0; color: #fff; border: 0; border-radius: 3px; padding: 8px 18px; font: inherit; cursor: pointer; }
.btn-red { background: #c62828; }
.komunikat { padding: 10px; border-radius: 3px; margin-bottom: 12px; }
.ok { background: #e3f2e3; } .blad { background: #fde2e2; }
.menu-konto { background: #fff; border: 1px solid #ccc; padding: 8px; }
.menu-konto a { color: #1e5aa0; display: block; padding: 4px; }
.kit-sign-in { width: 340px; margin: 40px auto; background: #fff; padding: 20px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; padding: 6px; }
/* Broad rules of the kind real pages carry; they must not reach an extension's panel (tests check it stays usable). */
.panel, .instruction, [data-part], signoff-guide { display: none !important; }
* { font-family: Verdana, Arial, sans-serif !important; }
`;

export function createFakturowoSite() {
  const controls: FakturowoControls = { deleteConfirm: 'select', linkTtlMs: 60 * 60 * 1000 };
  // The site's accounts: a deleted one is removed, so it cannot sign in any more (reset restores them).
  const users: KitUser[] = defaultUsers();
  const settings = new Map<string, { passwordChange: boolean; consents: [boolean, boolean] }>();
  const saves: FakturowoSave[] = [];
  const deletions: FakturowoDeletion[] = [];
  const tokens = new Map<string, { email: string; expiresAt: number; deletion: FakturowoDeletion }>();
  const blocked = new Set<string>();

  const settingsOf = (email: string) => {
    let found = settings.get(email);
    if (!found) {
      found = { passwordChange: true, consents: [true, true] };
      settings.set(email, found);
    }
    return found;
  };

  function accountPage(v: Visit): string {
    const session = v.session!;
    const user = session.user;
    const s = settingsOf(user.email);
    const flash = v.url.searchParams;
    const message = flash.get('wyslano')
      ? `<div class="komunikat ok" id="komunikat-usun" role="status">Na Twój adres email (${escapeHtml(user.email)}) wysłaliśmy wiadomość z linkiem. Aby usunąć konto, odbierz wiadomość i w ciągu godziny kliknij znajdujący się w niej link.</div>`
      : flash.get('blad')
        ? `<div class="komunikat blad" id="komunikat-blad" role="alert">Aby usunąć konto, musisz potwierdzić usunięcie konta.</div>`
        : flash.get('zapisano')
          ? `<div class="komunikat ok" id="komunikat-zapisano" role="status">Zmiany zostały zapisane.</div>`
          : '';
    const warning = `Ze względów bezpieczeństwa na Twój adres email zostanie wysłana wiadomość, aby usunąć konto odbierz wiadomość i w ciągu godziny kliknij znajdujący się w niej link. Po usunięciu konta, adres email (${escapeHtml(user.email)}) zostanie zablokowany i nie ma możliwości ponownej rejestracji konta z tym samym adresem email UWAGA! PO KLIKNIECIU W OTRZYMANY LINK, TWOJE KONTO ORAZ WSZYSTKIE ZAPISANE DANE ZOSTANĄ BEZPOWROTNIE USUNIĘTE!`;
    const confirm =
      controls.deleteConfirm === 'checkbox'
        ? `<p><label><input type="checkbox" name="confirm_delete" value="1" id="usun-potwierdzenie"> Aby usunąć konto użytkownika o numerze ID ${escapeHtml(user.id ?? '')} oraz wszystkie dane zapisane na tym koncie (baza dokumentów, klientów oraz produktów), musisz zaznaczyć pole (znajdujące się z lewej strony) oraz kliknąć poniższy przycisk. ${warning}</label></p>
<button type="submit" class="btn btn-red" id="usun-konto" data-press>USUN KONTO</button>`
        : `<p>Aby usunąć konto użytkownika o numerze ID ${escapeHtml(user.id ?? '')} oraz wszystkie dane zapisane na tym koncie (baza dokumentów, klientów oraz produktów), wybierz z listy obok przycisku opcję potwierdzającą i kliknij przycisk. ${warning}</p>
<select name="confirm_delete" id="usun-potwierdzenie" aria-label="Potwierdzenie usunięcia konta"><option value="0" selected>NIE</option><option value="1">TAK - potwierdzam usunięcie konta</option></select>
<button type="submit" class="btn btn-red" id="usun-konto" data-press>Usuń konto</button>`;
    return `<h1>Konto</h1>${message}
<section class="box" id="sekcja-haslo"><form id="form-haslo" method="post" action="/konto"><input type="hidden" name="akcja" value="haslo">
<p><label><input type="checkbox" name="okresowa_zmiana_hasla" value="1"${s.passwordChange ? ' checked' : ''}> Masz włączoną opcję okresowej zmiany hasła, zatem nasz system raz na rok (w dniu 06-03-2027) podczas logowania wymusi zmianę hasła do Twojego konta, więcej informacji w naszym dziale pomocy.</label></p>
<button type="submit" class="btn">ZAPISZ</button></form></section>
<section class="box" id="sekcja-zgody"><h2>Zgody na otrzymywanie wiadomości</h2><form id="form-zgody" method="post" action="/konto"><input type="hidden" name="akcja" value="zgody">
<p><label><input type="checkbox" name="zgoda_abonament" value="1"${s.consents[0] ? ' checked' : ''}> Na 30 dni oraz na 5 dni przed upływem ważności abonamentu Twojego konta, na Twój adres email wysyłamy dwie wiadomości z przypomnieniem, jeśli nie chcesz otrzymywać tego typu wiadomości to odznacz to pole.</label></p>
<p><label><input type="checkbox" name="zgoda_informacje" value="1"${s.consents[1] ? ' checked' : ''}> Czasami wysyłamy na Twój adres email wiadomości z różnymi informacjami, np. wiadomość o dokumentach do akceptacji, wiadomość o wykonaniu usługi cyklicznej, prośba o napisanie opinii o naszej stronie, życzenia świąteczne, itp., jeśli nie chcesz otrzymywać tego typu wiadomości to odznacz to pole.</label></p>
<button type="submit" class="btn">ZAPISZ</button></form></section>
<section class="box"><h2>Usunięcie konta użytkownika</h2><form method="post" action="/konto"><input type="hidden" name="akcja" value="usun">
<input type="hidden" name="pressedBy" id="usun-pressed" value="none">
${confirm}</form></section>
<script>document.querySelectorAll('[data-press]').forEach(function (b) { b.addEventListener('click', function (e) { document.getElementById('usun-pressed').value = e.isTrusted ? 'person' : 'script'; }); });</script>`;
  }

  const site = defineFixtureSite<KitTexts>({
    name: 'fakturowo',
    hosts: { main: 'www.fakturowo.pl', redirectToMain: ['fakturowo.pl'] },
    languages: { pl: texts },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users,
    cookies: {
      session: 'PHPSESSID',
      auth: [{ name: 'PHPSESSID', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      browserId: 'fk_device',
      anonymous: [{ name: 'fk_device', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/logowanie',
      identifier: { name: 'email', id: 'email', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: {},
      afterSignIn: '/panel',
      returnParam: 'powrot',
    },
    home: { paths: ['/panel'], requiresSession: true },
    account: { path: '/konto' },
    accountMenu: {
      trigger: '#menu-uzytkownik',
      open: 'click',
      attrs: 'class="menu-konto" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/konto">Konto</a><a role="menuitem" href="/ustawienia">Ustawienia</a><a role="menuitem" href="/przelacz-konto" id="przelacz-konto">Przełącz konto</a>${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="wyloguj"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/wyloguj', redirectTo: '/logowanie', endsAllAccounts: true },
    render: {
      style: STYLE,
      header: (v) =>
        `<header><a class="logo" href="/">Fakturowo</a>${
          v.session
            ? `<nav id="menu-glowne">${MENU.map((item) => `<a href="/${item === 'KSeF' ? 'ksef' : item.toLowerCase()}">${item}</a>`).join(' ')}</nav>` +
              `<button type="button" id="menu-uzytkownik">${escapeHtml(v.session.user.email)}</button>`
            : `<a href="/logowanie">Logowanie</a> <a href="/rejestracja">Rejestracja</a>`
        }</header>`,
      home: () => `<h1>Panel</h1><p>Wystaw fakturę w kilka sekund.</p>`,
      account: (v) => accountPage(v),
      signIn: (v, state) => `<div class="kit-sign-in"><h1>${escapeHtml(v.t.signInTitle)}</h1>
${state.error ? `<div class="kit-error" role="alert">${escapeHtml(state.error)}</div>` : ''}
<form id="form" method="post" action="${escapeHtml(state.action)}" novalidate>
${Object.entries(state.hidden).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
<label for="email">${escapeHtml(v.t.identifierLabel)}</label><input type="text" name="email" id="email" value="${escapeHtml(state.identifier)}" autocomplete="username">
<label for="password">${escapeHtml(v.t.passwordLabel)}</label><input type="password" name="password" id="password" autocomplete="current-password">
<button type="submit" class="btn">${escapeHtml(v.t.signInButton)}</button>
</form></div>`,
    },
    routes: [
      { path: '/', method: 'GET', handle: (v) => redirect(v.res, v.session ? '/panel' : '/logowanie', 302, v) },
      {
        path: '/przelacz-konto',
        method: 'GET',
        handle: (v) => {
          if (!v.session) return redirect(v.res, '/logowanie', 302, v);
          const current = v.session.user.email;
          const rows = users
            .filter((user) => mayActAs(current, user.email))
            .map(
              (user) => `<li><form method="post" action="/przelacz-konto"><input type="hidden" name="token" value="${escapeHtml(v.session!.csrf)}">
<input type="hidden" name="konto" value="${escapeHtml(user.email)}"><button type="submit" class="btn" data-konto="${escapeHtml(user.email)}">Przełącz na ${escapeHtml(user.email)}</button></form></li>`,
            )
            .join('');
          v.sendPage(200, {
            title: 'Przełącz konto · Fakturowo.pl',
            body: `<h1>Przełącz konto</h1><p id="zalogowano-jako">Zalogowano jako ${escapeHtml(current)}</p><ul id="konta-z-dostepem">${rows}</ul>`,
          });
        },
      },
      {
        path: '/przelacz-konto',
        method: 'POST',
        handle: async (v) => {
          const form = await readForm(v.req);
          if (!v.session) return redirect(v.res, '/logowanie', 302, v);
          const target = users.find((user) => user.email === form.get('konto'));
          if (form.get('token') !== v.session.csrf || !target || !mayActAs(v.session.user.email, target.email)) {
            v.sendPage(403, { title: 'Brak dostępu · Fakturowo.pl', body: `<div class="komunikat blad" id="brak-dostepu" role="alert">Brak dostępu do tego konta.</div>` });
            return;
          }
          v.startSession(target);
          redirect(v.res, '/panel', 302, v);
        },
      },
      {
        path: '/konto',
        method: 'POST',
        handle: async (v) => {
          if (!v.session) return redirect(v.res, '/logowanie', 302, v);
          const form = await readForm(v.req);
          const email = v.session.user.email;
          const action = form.get('akcja');
          if (action === 'haslo' || action === 'zgody') {
            saves.push({ email, form: action });
            const s = settingsOf(email);
            if (action === 'haslo') s.passwordChange = form.has('okresowa_zmiana_hasla');
            else s.consents = [form.has('zgoda_abonament'), form.has('zgoda_informacje')];
            return redirect(v.res, '/konto?zapisano=1', 302, v);
          }
          if (action !== 'usun') return redirect(v.res, '/konto', 302, v);
          if (form.get('confirm_delete') !== '1') return redirect(v.res, '/konto?blad=1', 302, v);
          const pressed = form.get('pressedBy');
          const deletion: FakturowoDeletion = {
            email,
            pressedBy: pressed === 'person' || pressed === 'script' ? pressed : 'none',
            requestedAt: new Date(),
          };
          deletions.push(deletion);
          const token = randomBytes(20).toString('hex');
          tokens.set(token, { email, expiresAt: Date.now() + controls.linkTtlMs, deletion });
          const link = `https://www.fakturowo.pl/usun-konto/${token}`;
          mailbox.deliver({
            to: email,
            from: 'powiadomienia@fakturowo.pl',
            subject: 'Fakturowo.pl - usunięcie konta',
            html: `<p>Witaj,</p><p>otrzymaliśmy prośbę o usunięcie Twojego konta w serwisie Fakturowo.pl. Aby usunąć konto oraz wszystkie zapisane na nim dane, kliknij w poniższy link w ciągu godziny:</p>
<p><a id="mail-delete-link" href="${link}" target="_blank" rel="noopener">${link}</a></p><p>Jeśli to nie Ty, zignoruj tę wiadomość.</p>`,
          });
          redirect(v.res, '/konto?wyslano=1', 302, v);
        },
      },
      {
        path: /^\/usun-konto\/[0-9a-f]+$/,
        method: 'GET',
        handle: (v) => {
          const token = v.url.pathname.split('/').pop() ?? '';
          const pending = tokens.get(token);
          if (!pending || pending.expiresAt < Date.now()) {
            v.sendPage(410, {
              title: 'Usunięcie konta · Fakturowo.pl',
              body: `<h1>Usunięcie konta</h1><div class="komunikat blad" id="link-wygasl" role="alert">Link wygasł lub jest nieprawidłowy. Aby usunąć konto, zaloguj się i ponownie kliknij przycisk Usuń konto.</div>`,
            });
            return;
          }
          tokens.delete(token);
          const index = users.findIndex((user) => user.email === pending.email);
          if (index >= 0) users.splice(index, 1);
          blocked.add(pending.email);
          pending.deletion.deletedAt = new Date();
          v.endSessionsOf(pending.email);
          v.sendPage(200, {
            title: 'Konto usunięte · Fakturowo.pl',
            body: `<h1>Usunięcie konta</h1><div class="komunikat ok" id="konto-usuniete" role="status">Twoje konto oraz wszystkie dane (baza dokumentów, klientów oraz produktów) zostały usunięte. Adres email ${escapeHtml(pending.email)} został zablokowany.</div>`,
          });
        },
      },
    ],
    hooks: {
      onReset() {
        users.splice(0, users.length, ...defaultUsers());
        settings.clear();
        saves.length = 0;
        deletions.length = 0;
        tokens.clear();
        blocked.clear();
        Object.assign(controls, { deleteConfirm: 'select', linkTtlMs: 60 * 60 * 1000 } satisfies FakturowoControls);
      },
    },
  });

  return Object.assign(site, {
    deletion: controls,
    settingsOf,
    /** Every press of a ZAPISZ button (the decoys a guide must never press). */
    saves: () => [...saves],
    deletions: () => [...deletions],
    /** Addresses that can never register again (their account was deleted). */
    blockedEmails: () => [...blocked],
    accountExists: (email: string) => users.some((user) => user.email === email),
  });
}
