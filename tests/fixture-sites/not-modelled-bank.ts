import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * A bank whose pages no public source shows (recipes declaring `notModelled`: iPKO, Moje ING, Pekao24), built from
 * what the evidence does say: the sign-in address, and a sign-out that is a JSON-style POST from the bank's page
 * script carrying a per-session header, never an address a browser could open. Everything else is the model's own and
 * hidden from Signoff alike: the session is server-side, its cookie HttpOnly and Secure with a name no recipe knows,
 * the header's token comes from a script-readable cookie, and a GET of the sign-out call ends nothing. The page shows
 * a plain „Wyloguj” control in its header (what the generic finder looks for). Polish only.
 */
export interface NotModelledBank {
  name: string;
  host: string;
  siteName: string;
  signInPath: string;
  /** The signed-in app page (the recipe's generic startPath). */
  appPath: string;
  /** The POST the „Wyloguj” control's script sends; its header must carry the session's token. */
  signOutApi: string;
  signOutHeader: string;
  /** The model's cookie names: the session (HttpOnly) and the header's token (readable by the page's script). */
  sessionCookie: string;
  tokenCookie: string;
  users: readonly KitUser[];
}

type BankTexts = KitTexts & { accounts: string };

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; background: #f4f4f4; }
.header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 3px solid #333; }
.header .user { margin-left: auto; background: none; border: 0; cursor: pointer; }
.header [role="button"] { cursor: pointer; color: #a00; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
main { padding: 20px; }
.kit-sign-in { width: 360px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #a00; }
`;

export function createNotModelledBank(bank: NotModelledBank) {
  const pl: BankTexts = {
    ...baseTexts.pl,
    siteName: bank.siteName,
    signInTitle: `Logowanie — ${bank.siteName}`,
    identifierLabel: 'Numer klienta lub login',
    passwordLabel: 'Hasło',
    signInButton: 'Zaloguj',
    nextButton: 'Dalej',
    accountTitle: 'Ustawienia',
    signOut: 'Wyloguj',
    accounts: 'Moje finanse',
  };
  const signOutEntry = { kind: 'request' as const, api: bank.signOutApi, csrfHeader: bank.signOutHeader, csrfCookie: bank.tokenCookie };
  const header = (v: Visit<BankTexts>) => {
    if (!v.session) return `<div class="header"><b>${escapeHtml(bank.siteName)}</b></div>`;
    return `<div class="header"><b>${escapeHtml(bank.siteName)}</b><span>${escapeHtml(v.t.accounts)}</span>
<button type="button" class="user" id="user-menu">${escapeHtml(v.session.user.name)}</button>
${v.controls.signOutRemoved ? '' : signOutControl(signOutEntry, v.t.signOut)}</div>`;
  };
  return defineFixtureSite<BankTexts>({
    name: bank.name,
    hosts: { main: bank.host },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: bank.users,
    cookies: {
      session: bank.sessionCookie,
      auth: [
        { name: bank.sessionCookie, value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Strict' },
        { name: bank.tokenCookie, value: 'csrf-token', path: '/', secure: true, sameSite: 'Strict' },
      ],
    },
    signIn: {
      path: bank.signInPath,
      identifier: { name: 'customer', id: 'customer', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      next: { id: 'next' },
      submit: { id: 'login' },
      afterSignIn: bank.appPath,
    },
    home: { paths: [bank.appPath], requiresSession: true },
    account: { path: `${bank.appPath.replace(/\/$/, '')}/ustawienia` },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      // The same „Wyloguj” as the header's, for whoever opens the menu.
      render: (v, signOut) =>
        `<a role="menuitem" href="${escapeHtml(`${bank.appPath.replace(/\/$/, '')}/ustawienia`)}">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'menu-then-request', path: bank.signOutApi, api: bank.signOutApi, csrfHeader: bank.signOutHeader, csrfCookie: bank.tokenCookie, redirectTo: bank.signInPath },
    render: {
      style: STYLE,
      header,
      home: (v) => `<main><h1>${escapeHtml(v.t.accounts)}</h1><p>Konto osobiste 2 150,00 PLN</p></main>`,
      account: (v, session) => `<main><h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p></main>`,
    },
  });
}
