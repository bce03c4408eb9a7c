import { describeSiteSignOut, expect } from './sign-out-spec';

// eduVULCAN is Polish only; no source names its session cookie, so only its answer tells a sign-out, and where its
// „Wyloguj” sits is not known: the generic finder signs out.
describeSiteSignOut({
  site: 'vulcan',
  domain: 'eduvulcan.pl',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // The anti-forgery cookie every visitor holds stays; the account page asks for the sign-in again.
    expect((await context.cookies('https://eduvulcan.pl')).map((c) => c.name)).toEqual(['__RequestVerificationToken']);
    await page.goto('https://eduvulcan.pl/api/ap');
    await expect(page).toHaveURL(/^https:\/\/eduvulcan\.pl\/logowanie\?ReturnUrl=%2fapi%2fap/);
  },
});
