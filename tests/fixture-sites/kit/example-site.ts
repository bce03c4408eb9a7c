import { escapeHtml } from '../types';
import { signOutControl } from './account-menu';
import { defineFixtureSite } from './define-site';
import { baseTexts } from './texts';
import type { KitSite, SignOutMechanism } from './types';

/**
 * The smallest complete kit site: the template to copy for a new fixture site, and the kit's own test subject for
 * what the real-site fixtures do not use (hover menus, menu-then-link). Not in all-sites.ts: tests that need it
 * serve it themselves.
 */
export function createKitExampleSite(options: {
  host?: string;
  open?: 'click' | 'hover';
  signOut?: SignOutMechanism;
} = {}): KitSite {
  const host = options.host ?? 'www.kit-example.test';
  return defineFixtureSite({
    name: `kit-example-${host}`,
    hosts: { main: host, redirectToMain: [host.replace(/^www\./, '')] },
    languages: { pl: { ...baseTexts.pl, siteName: 'Przykład' }, en: { ...baseTexts.en, siteName: 'Example' } },
    defaultLanguage: 'pl',
    languageFrom: 'accept-language',
    users: [{ email: 'jan@example.com', password: 'haslo123', name: 'Jan' }],
    cookies: {
      session: 'sid',
      browserId: 'visitor',
      auth: [
        { name: 'sid', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'user', value: (s) => encodeURIComponent(s.user.name), domain: `.${host.replace(/^www\./, '')}`, secure: true, days: 30 },
      ],
      anonymous: [{ name: 'visitor', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/logowanie',
      identifier: { name: 'email', id: 'email', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { id: 'sign-in' },
      csrfField: 'csrf',
      afterSignIn: '/',
      returnParam: 'next',
    },
    home: { paths: ['/'] },
    account: { path: '/konto' },
    accountMenu: {
      trigger: '#account-button',
      open: options.open ?? 'hover',
      attrs: 'id="account-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/konto">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="sign-out"') : ''),
    },
    signOut: options.signOut ?? { kind: 'menu-then-link', method: 'post', path: '/wyloguj', tokenField: 'csrf', redirectTo: '/logowanie' },
    render: {
      style: 'body { font: 15px sans-serif; } header { display: flex; gap: 12px; padding: 8px; }',
      header: (v) =>
        `<header><a href="/">${escapeHtml(v.t.siteName)}</a>` +
        (v.session
          ? `<button type="button" id="account-button">${escapeHtml(v.session.user.name)}</button>`
          : `<a href="/logowanie">${escapeHtml(v.t.signInTitle)}</a>`) +
        `</header>`,
      home: (v) => `<h1>${escapeHtml(v.session ? v.t.accountTitle : v.t.siteName)}</h1>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p id="email">${escapeHtml(session.user.email)}</p>`,
    },
  });
}
