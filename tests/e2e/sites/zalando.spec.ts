import { describeSiteSignOut, expect } from './sign-out-spec';

// One language keeps CI time down (the fixture offers pl and en).
describeSiteSignOut({
  site: 'zalando',
  domain: 'zalando.pl',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // The sign-out keeps every visitor's cookies; the account icon offers the sign-in again, the account page asks for it.
    const names = (await context.cookies('https://www.zalando.pl')).map((c) => c.name).sort();
    expect(names).toEqual(['Zalando-Client-Id', 'frsx']);
    await page.goto('https://www.zalando.pl/');
    await expect(page.locator('#header-user-account-icon')).toHaveText('Zaloguj się');
    await page.goto('https://www.zalando.pl/myaccount/');
    await expect(page).toHaveURL(/^https:\/\/www\.zalando\.pl\/login/);
  },
});
