import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CookieAttributes, FixtureSite } from '../types';
import type { KitTexts } from './texts';

/** Languages a kit site can speak; a site lists the ones the real site offers. */
export type LanguageCode = 'en' | 'pl' | 'de';

/** An account that exists on the site. */
export interface KitUser {
  email: string;
  password: string;
  /** Display name, e.g. "Jan Kowalski". */
  name: string;
  /** Login or handle where the site has one (GitHub login, X handle without "@"); accepted at sign-in too. */
  handle?: string;
  /** Numeric account id where the site shows one in cookies (Facebook c_user, X twid). */
  id?: string;
}

/** One server-side session: valid until a sign-out revokes it. */
export interface KitSession {
  /** The value of the session cookie (`cookies.session`). */
  token: string;
  /** Per-session CSRF token: the hidden field of POST forms, X's ct0. */
  csrf: string;
  /** Per-session sign-out token: Facebook's logout.php?h=… */
  signOutToken: string;
  user: KitUser;
  /** Value of the `cookies.browserId` cookie when the session was made: which browser holds it. */
  browserId: string | undefined;
  /** How the site's session lists name the device ("Chrome on Windows"); set for sessions a test starts elsewhere. */
  device?: string;
  createdAt: Date;
}

/** Where a cookie's value comes from when the site sets it at sign-in. */
export type CookieValue = 'session-token' | 'csrf-token' | 'random' | ((session: KitSession) => string);

type BaseCookie = Omit<CookieAttributes, 'expires' | 'maxAge'> & {
  name: string;
  /** Lifetime in days; left out, the cookie is a session cookie (gone when the browser closes). */
  days?: number;
};

/** A cookie the site sets at sign-in. */
export interface AuthCookieSpec extends BaseCookie {
  value: CookieValue;
  /**
   * What the sign-out response does to it: 'expire' (default: Set-Cookie with an Expires in the past and the same
   * Domain/Path/Secure), a new value (GitHub sets logged_in=no), or 'keep'.
   */
  onSignOut?: 'expire' | 'keep' | { value: string };
}

/** A cookie every visitor gets on the first response, signed in or not (Facebook's datr, LinkedIn's bcookie). */
export interface AnonymousCookieSpec extends BaseCookie {
  value: 'random' | (() => string);
}

/** One form field the kit renders on the sign-in page. */
export interface FieldSpec {
  name: string;
  id?: string;
  /** Extra attributes as written in HTML, e.g. `autocomplete="username" class="form-control"`. */
  attrs?: string;
}

/** A submit control: `<button>` (default) or `<input type="submit">`; its label comes from the texts. */
export interface SubmitSpec {
  as?: 'button' | 'input';
  id?: string;
  name?: string;
  attrs?: string;
}

/** Where a page lives: a path on `host` (the site's main host when left out). */
export interface PageAt {
  host?: string;
  path: string;
}

interface SignOutCommon extends PageAt {
  /** Where the browser goes after signing out: a path on the sign-out host or an https URL on a site host. */
  redirectTo: string;
  /** Revoke every session of this browser (by `cookies.browserId`), not only the current one (Google). */
  endsAllAccounts?: boolean;
}

/**
 * How the site's own sign-out works. The sign-out control always sits in the account menu (rendered lazily); the
 * mechanism says what that control does and what the server accepts:
 * - get-url: a plain GET of `path` ends the session (LinkedIn /m/logout/, Google /Logout).
 * - token-link: GET `path?<param>=<per-session token>`; without the right token nothing happens (Facebook).
 * - confirm-page: GET `path` shows a page with a form; only its POST with the hidden CSRF field ends it (GitHub).
 * - confirm-sheet: GET `path` shows a dialog rendered by script; its confirm button POSTs to `api` with the CSRF
 *   token in a header, read from a cookie (X's ct0) or the page; nothing else ends it (X).
 * - menu-then-link: the only way is the control inside the menu: a link (`method: 'get'`, like get-url) or a
 *   button submitting a POST form with a hidden CSRF field (`method: 'post'`; a GET of `path` does nothing).
 * - menu-then-request: the menu item is neither link nor form; its page script POSTs `api` with the CSRF header
 *   read from a cookie, then goes to `redirectTo` (Instagram). A GET of `path` or `api` ends nothing.
 * - page-then-request: GET `path` is an app page whose script POSTs `api` as JSON, then goes to `redirectTo`
 *   (Claude's /logout). Only that JSON POST ends the session: a GET of `api`, or a form POST, ends nothing.
 */
export type SignOutMechanism =
  | (SignOutCommon & { kind: 'get-url' })
  | (SignOutCommon & { kind: 'token-link'; param: string })
  | (SignOutCommon & { kind: 'confirm-page'; tokenField: string })
  | (SignOutCommon & {
      kind: 'confirm-sheet';
      /** The path the confirm button POSTs to (on the sign-out host). */
      api: string;
      csrfHeader: string;
      /** The cookie the page script reads the token from; left out, the token is put in the page. */
      csrfCookie?: string;
      /** CSS selectors of the rendered dialog's buttons (what the script listens on). */
      confirm: string;
      cancel: string;
      /** Where "cancel" goes. */
      cancelTo: string;
    })
  | (SignOutCommon & { kind: 'menu-then-link'; method: 'get' | 'post'; tokenField?: string })
  | (SignOutCommon & {
      kind: 'menu-then-request';
      /** The path the menu item's script POSTs to (on the sign-out host), e.g. Instagram's /accounts/logout/ajax/. */
      api: string;
      csrfHeader: string;
      /** The (script-readable) cookie the page reads the token from, e.g. csrftoken. */
      csrfCookie: string;
    })
  | (SignOutCommon & {
      kind: 'page-then-request';
      /** The path the sign-out page's script POSTs to as JSON (on the sign-out host), e.g. Claude's /api/auth/logout. */
      api: string;
    });

/** The sign-out control the account menu shows, as the mechanism needs it. */
export type SignOutEntry =
  | { kind: 'link'; href: string }
  | { kind: 'form'; action: string; fields: Record<string, string> }
  /** A menu item (no link, no form) whose page script POSTs `api` with the CSRF header read from `csrfCookie`. */
  | { kind: 'request'; api: string; csrfHeader: string; csrfCookie: string };

/** Misbehaviour switches a test flips; reset() puts them back. */
export interface KitControls {
  /** The site "changed": no sign-out control in the menu, and every sign-out endpoint answers 404 revoking nothing. */
  signOutRemoved: boolean;
  /** Delay before every response. */
  responseDelayMs: number;
  /** Delay before a sign-out is processed; if the browser gives up meanwhile, nothing is revoked. */
  signOutDelayMs: number;
  /** How long after the click/hover the account menu is rendered. */
  menuDelayMs: number;
  /** How long after the page loads a script-rendered dialog (confirm-sheet) appears. */
  dialogDelayMs: number;
  /** Requests for these paths are never answered (the connection stays open until the browser gives up). */
  hangPaths: string[];
  /**
   * The site also keeps the person's session in a cookie of this name, which no recipe names: a second server
   * session, set on the first page after sign-in. The sign-out ends only the session of the named cookies and
   * expires only them, so the site still knows the person through this one.
   */
  hiddenSessionCookie: string | undefined;
}

/** One request as the kit sees it, handed to every render function and hook. */
export interface Visit<T extends KitTexts = KitTexts> {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  host: string;
  lang: LanguageCode;
  t: T;
  /** Request cookies, plus the anonymous cookies this response is setting. */
  cookies: Map<string, string>;
  /** Set-Cookie headers to send with the response. */
  setCookies: string[];
  session: KitSession | undefined;
  controls: KitControls;
  /** A link to a page: its path when on this request's host, else an absolute https URL. */
  href(at: PageAt | string): string;
  /** Sends a page in the site's layout (header, account menu when signed in) with this visit's cookies. */
  sendPage(status: number, page: PageOptions): void;
  /**
   * Ends every session of the account server-side (an account deleted, say) and, when this visit is one of them,
   * expires the auth cookies as a sign-out does.
   */
  endSessionsOf(email: string): void;
  /**
   * Starts a session for `user` in this browser without a password (switching to an account that granted access):
   * sets the auth cookies as a sign-in does and becomes this visit's session. The session it replaces stays valid
   * server-side until a sign-out ends it (with `endsAllAccounts`, one sign-out ends both).
   */
  startSession(user: KitUser): KitSession;
  /** Every valid server session of the account (this one included), oldest first. */
  sessionsOf(email: string): KitSession[];
  /** Ends one session server-side (another browser's: its cookies stay there, but the site no longer knows them). */
  endSession(session: KitSession): void;
}

export interface PageOptions {
  title: string;
  body: string;
  /** The site header (with the account menu when signed in); false for pages without one (sign-in). */
  header?: boolean;
  /** Scripts or data added at the end of <body>. */
  tail?: string;
}

/** A site-specific route: answered before the kit's own. Return false to let the kit handle the request. */
export interface KitRoute<T extends KitTexts> {
  host?: string;
  path: string | RegExp;
  method?: 'GET' | 'POST';
  handle(v: Visit<T>): Promise<void | boolean> | void | boolean;
}

/** What the sign-in page needs to render one state. */
export interface SignInState {
  /** 'identifier': the first step of a two-step form; 'password': its second step; 'full': one-step form. */
  step: 'identifier' | 'password' | 'full';
  action: string;
  /** Hidden fields to carry (CSRF token, return address, the identifier in step two). */
  hidden: Record<string, string>;
  identifier: string;
  error?: string;
}

export interface FixtureSiteConfig<T extends KitTexts = KitTexts> {
  /** Short name for logs and the `fixtures.<name>` key. */
  name: string;
  hosts: {
    /** The host the kit's pages live on unless a page says otherwise. */
    main: string;
    /** Further hosts the site answers on itself (Google's mail/www/myaccount). */
    served?: string[];
    /** Hosts that only redirect (301) to the same path on `main`: bare domains, twitter.com. */
    redirectToMain?: string[];
  };
  /** Interface texts per language the real site offers; the first key is the default. */
  languages: Partial<Record<LanguageCode, T>>;
  defaultLanguage: LanguageCode;
  /** 'accept-language': the browser's language chooses (most big sites); 'fixed': always the default (GitHub). */
  languageFrom: 'accept-language' | 'fixed';
  /** A query parameter that overrides the language on any page (Google's `hl`). */
  languageParam?: string;
  users: readonly KitUser[];
  cookies: {
    /** The auth cookie that carries the server session token (its spec has value 'session-token'). */
    session: string;
    auth: AuthCookieSpec[];
    anonymous?: AnonymousCookieSpec[];
    /** An anonymous cookie naming the browser, for `endsAllAccounts` and sign-in CSRF. */
    browserId?: string;
  };
  signIn: PageAt & {
    /** More paths (same host) showing the same form, e.g. Google's /AddSession. */
    alsoAt?: string[];
    /** Where the form POSTs (default: `path`). */
    action?: string;
    identifier: FieldSpec;
    password: FieldSpec;
    submit: SubmitSpec;
    /** Two steps like Google: identifier + "Next", then the password. */
    next?: SubmitSpec;
    /** A hidden CSRF field bound to the anonymous `cookies.browserId` cookie (GitHub authenticity_token). */
    csrfField?: string;
    /** Where to go after signing in (path on the sign-in host or absolute URL). */
    afterSignIn: string;
    /** The query parameter that carries "come back here" (GitHub return_to, Google continue). */
    returnParam?: string;
  };
  /** Paths that show the home page, on `host` or the main host; signed out, it shows `render.home` too unless
   * `requiresSession` (then it redirects to sign-in, like X's /home or LinkedIn's /feed/). */
  home: { host?: string; paths: string[]; requiresSession?: boolean };
  /** A page that needs a session; without one it redirects to sign-in. */
  account: PageAt;
  accountMenu: {
    /** CSS selector of the control that opens the menu (rendered by `render.header`); per visit when it is localized. */
    trigger: string | ((v: Visit<T>) => string);
    open: 'click' | 'hover';
    /** Attributes of the menu's container element, e.g. `role="menu" id="..."`. */
    attrs?: string;
    /** Where the menu is inserted (CSS selector); default: after the trigger, positioned under it. */
    anchor?: string;
    /** The menu's inner HTML; `signOut` is undefined when the sign-out was "removed". */
    render(v: Visit<T>, signOut: SignOutEntry | undefined): string;
  };
  signOut: SignOutMechanism;
  render: {
    style: string;
    /** Extra elements of every page's <head> (GitHub's meta user-login). */
    head?(v: Visit<T>): string;
    /** The top of every page (signed in: the account menu trigger; signed out: a sign-in link). */
    header(v: Visit<T>): string;
    /** The home page body. */
    home(v: Visit<T>): string;
    /** The account page body (has a session). */
    account(v: Visit<T>, session: KitSession): string;
    /** Override of the sign-in page body; the default renders the configured fields. */
    signIn?(v: Visit<T>, state: SignInState): string;
    /** Shown above the sign-in form, e.g. the accounts the site remembers on this browser. */
    signInAbove?(v: Visit<T>): string;
    /** Override of the confirm-page body; gets the form it must contain. */
    confirmPage?(v: Visit<T>, form: { action: string; fields: Record<string, string> }): string;
    /** The confirm-sheet dialog's HTML (must contain the mechanism's confirm/cancel selectors). */
    confirmSheet?(v: Visit<T>): string;
  };
  routes?: KitRoute<T>[];
  hooks?: {
    onSignIn?(v: Visit<T>, session: KitSession): void;
    onSignOut?(v: Visit<T>, revoked: KitSession[]): void;
    onReset?(): void;
  };
}

/** A session as tests see it (no secrets). */
export interface ActiveSession {
  email: string;
  name: string;
  handle?: string;
  browserId?: string;
  createdAt: Date;
}

/** How a test (or the demo) fills the sign-in form: everything is derived from the config. */
export interface SignInForm {
  url: string;
  identifier: string;
  /** Present for two-step forms: press it between identifier and password. */
  next?: string;
  password: string;
  submit: string;
  /** The error box a refused sign-in shows. */
  error: string;
  /** Every address (origin + path) of the sign-in form and its action: leaving them means signed in. */
  pages: string[];
}

/** What tests use of a kit site, whatever its texts type. */
export interface KitSiteHandle extends FixtureSite {
  readonly controls: KitControls;
  readonly users: readonly KitUser[];
  readonly signInForm: SignInForm;
  /** Sessions still valid on the server (a deleted cookie does not end one; only a sign-out does). */
  activeSessions(): ActiveSession[];
  /**
   * Signs the account in on "another computer": a server session for another browser, as if the person had signed in
   * at a library and left. Returns its token (that browser's session cookie), to ask about later.
   */
  signInElsewhere(email: string, device?: string): string;
  /** Whether the site still accepts the session with this token. */
  isSessionActive(token: string): boolean;
  reset(): void;
}

export interface KitSite<T extends KitTexts = KitTexts> extends KitSiteHandle {
  readonly config: FixtureSiteConfig<T>;
}
