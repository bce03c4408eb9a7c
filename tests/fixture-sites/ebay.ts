import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.ebay.com, signing in and out on signin.ebay.com. The header's "Hi Jan!" button
 * (button.gh-flyout__target--left[aria-controls="account-dialog"]) opens the account flyout, built by script, whose
 * "Sign out" is a plain GET of signin.ebay.com/ws/eBayISAPI.dll?SignIn&lgout=1 — the same address without lgout=1
 * is the old sign-in page and signs nobody out. Sign-in is two steps (#userid → Continue, #pass → #sgnBt).
 * ebay.com is English only. Cookie names: ebay, dp1, nonsession exist for guests; ds2/shs as the signed-in pair are
 * a guess (LOW: no source names eBay's auth cookies).
 */

interface EbayTexts extends KitTexts {
  hi(firstName: string): string;
  hiGuest: string;
  orRegister: string;
  accountSettings: string;
  myEbay: string;
  signedOutTitle: string;
  dailyDeals: string;
}

const en: EbayTexts = {
  ...baseTexts.en,
  siteName: 'eBay',
  signInTitle: 'Sign in to your account',
  identifierLabel: 'Email or username',
  passwordLabel: 'Password',
  nextButton: 'Continue',
  signInButton: 'Sign in',
  wrongPassword: 'Oops, that’s not a match.',
  unknownAccount: 'Oops, that’s not a match.',
  accountTitle: 'My eBay',
  signOut: 'Sign out',
  notFound: 'Looks like this page is missing.',
  hi: (name) => `Hi ${name}!`,
  hiGuest: 'Hi!',
  orRegister: 'register',
  accountSettings: 'Account settings',
  myEbay: 'My eBay',
  signedOutTitle: 'You’ve signed out. See you again soon!',
  dailyDeals: 'Daily Deals',
};

export const ebayUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan_kowalski_pl' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna.nowak' },
];

const SIGNIN = 'signin.ebay.com';
const SIGN_OUT_URL = `https://${SIGNIN}/ws/eBayISAPI.dll?SignIn&lgout=1&sgfl=gh`;

const STYLE = `
body { margin: 0; font: 14px "Market Sans", Arial, sans-serif; color: #191919; }
#gh { display: flex; align-items: center; gap: 16px; padding: 8px 24px; border-bottom: 1px solid #e5e5e5; }
#gh a { color: #191919; }
.gh-flyout__target { background: none; border: 0; font: inherit; cursor: pointer; }
.gh-flyout__dialog { width: 260px; background: #fff; border-radius: 16px; box-shadow: 0 2px 12px rgba(0,0,0,.2); padding: 16px; }
.gh-flyout__dialog a { display: block; padding: 6px 0; color: #191919; }
.gh-logo { font: bold 32px Arial; text-decoration: none; }
main { padding: 24px; }
.kit-sign-in { width: 400px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 48px; margin: 4px 0 16px; padding: 0 12px; border-radius: 8px; }
.kit-sign-in button { width: 100%; height: 48px; border-radius: 24px; background: #3665f3; color: #fff; border: 0; font-size: 16px; }
.kit-error { color: #e0103a; margin-bottom: 12px; }
`;

const firstName = (v: Visit<EbayTexts>) => v.session?.user.name.split(' ')[0] ?? '';

function header(v: Visit<EbayTexts>): string {
  const logo = `<a class="gh-logo" href="https://www.ebay.com/" aria-label="eBay Home">ebay</a>`;
  if (!v.session) {
    return `<header id="gh"><span id="gh-ug" class="gh-ug-guest">${escapeHtml(v.t.hiGuest)} <a href="https://${SIGNIN}/signin/">${escapeHtml(v.t.signInButton)}</a> or <a href="https://${SIGNIN}/signin/">${escapeHtml(v.t.orRegister)}</a></span>${logo}</header>`;
  }
  return `<header id="gh"><button type="button" class="gh-flyout__target gh-flyout__target--left" aria-controls="account-dialog" aria-label="${escapeHtml(v.t.hi(firstName(v)))}">
<span class="gh-identity__greeting">${escapeHtml(v.t.hi(firstName(v)))}</span></button>${logo}<a href="https://www.ebay.com/mye/myebay/summary">${escapeHtml(v.t.myEbay)}</a></header>`;
}

export function createEbaySite() {
  return defineFixtureSite<EbayTexts>({
    name: 'ebay',
    hosts: { main: 'www.ebay.com', served: [SIGNIN], redirectToMain: ['ebay.com'] },
    languages: { en },
    defaultLanguage: 'en',
    languageFrom: 'fixed',
    users: ebayUsers,
    cookies: {
      session: 'ds2',
      browserId: '__uzma',
      auth: [
        { name: 'ds2', value: 'session-token', domain: '.ebay.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 30 },
        { name: 'shs', value: (s) => `BAQAAAZ${s.user.handle ?? ''}`, domain: '.ebay.com', path: '/', secure: true, sameSite: 'None', days: 30 },
      ],
      anonymous: [
        { name: '__uzma', value: 'random', domain: '.ebay.com', path: '/', secure: true, sameSite: 'Lax', days: 180 },
        { name: 'ebay', value: () => '%5Ejs%3D1%5Esbf%3D%23000000%5E', domain: '.ebay.com', path: '/', secure: true, sameSite: 'None' },
        { name: 'dp1', value: () => `bbl/US${Math.floor(Date.now() / 1000)}^`, domain: '.ebay.com', path: '/', secure: true, sameSite: 'None', days: 365 },
        { name: 'nonsession', value: 'random', domain: '.ebay.com', path: '/', secure: true, sameSite: 'None', days: 365 },
      ],
    },
    signIn: {
      host: SIGNIN,
      path: '/signin/',
      identifier: { name: 'userid', id: 'userid', attrs: 'class="textbox__control" autocomplete="username" autocapitalize="off"' },
      next: { id: 'signin-continue-btn', attrs: 'class="btn btn--primary"' },
      password: { name: 'pass', id: 'pass', attrs: 'class="textbox__control" autocomplete="current-password"' },
      submit: { id: 'sgnBt', name: 'sgnBt', attrs: 'class="btn btn--primary"' },
      csrfField: 'srt',
      afterSignIn: 'https://www.ebay.com/',
      returnParam: 'ru',
    },
    home: { paths: ['/'] },
    account: { path: '/mye/myebay/summary' },
    accountMenu: {
      trigger: 'button.gh-flyout__target--left[aria-controls="account-dialog"]',
      open: 'click',
      attrs: 'id="account-dialog" class="gh-flyout__dialog" role="dialog" aria-label="Account"',
      render: (v, signOut) => `<div class="gh-identity-card"><strong>${escapeHtml(v.session?.user.name ?? '')}</strong>
<span class="gh-identity-card__username">${escapeHtml(v.session?.user.handle ?? '')}</span></div>
<a href="https://www.ebay.com/mye/myebay/summary">${escapeHtml(v.t.accountSettings)}</a>
${signOut ? `<a href="${escapeHtml(SIGN_OUT_URL)}" class="gh-identity-signout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', host: SIGNIN, path: '/ws/eBayISAPI.dll', redirectTo: '/signout/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.dailyDeals)}</h1><ul class="hl-card-list"><li>Vintage camera</li><li>Road bike</li></ul>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.handle ?? '')} · ${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // The old sign-in address: only with lgout=1 is it the sign-out; otherwise it shows the sign-in page.
        host: SIGNIN,
        path: '/ws/eBayISAPI.dll',
        method: 'GET',
        handle: (v) => {
          if (v.url.searchParams.get('lgout') === '1' || v.controls.signOutRemoved) return false;
          redirect(v.res, '/signin/', 302, v);
        },
      },
      {
        host: SIGNIN,
        path: '/signout/',
        method: 'GET',
        handle: (v) =>
          v.sendPage(200, {
            title: v.t.signedOutTitle,
            body: `<h1 id="signout-banner">${escapeHtml(v.t.signedOutTitle)}</h1><a href="/signin/">${escapeHtml(v.t.signInButton)}</a>`,
          }),
      },
    ],
  });
}
