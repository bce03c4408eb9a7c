import { describeSiteSignOut, expect } from './sign-out-spec';

// A bank whose cookies no source names: only its answer tells a sign-out. Santander internet is modelled in Polish.
describeSiteSignOut({
  site: 'santander',
  domain: 'centrum24.pl',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // The bank keeps its anonymous cookie after the sign-out, and the dashboard asks for the sign-in again.
    expect((await context.cookies('https://www.centrum24.pl')).map((c) => c.name)).toEqual(['c24_model_lb']);
    await page.goto('https://www.centrum24.pl/centrum24-web/multi');
    await expect(page).toHaveURL(/^https:\/\/www\.centrum24\.pl\/centrum24-web\/login/);
  },
});
