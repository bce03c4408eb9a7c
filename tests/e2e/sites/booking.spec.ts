import { describeSiteSignOut, expect } from './sign-out-spec';

// One language keeps CI time down (the fixture offers pl and en). Guests hold bkng_sso_auth=e30 too, so the row
// comes with the site's answer.
describeSiteSignOut({
  site: 'booking',
  domain: 'booking.com',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // Signed out, the browser keeps only the guests' values, and the header offers the sign-in again.
    const sso = (await context.cookies('https://www.booking.com')).find((c) => c.name === 'bkng_sso_auth');
    expect(sso?.value ?? 'e30').toBe('e30');
    await page.goto('https://www.booking.com/');
    await expect(page.getByTestId('header-sign-in-button')).toHaveText('Zaloguj się');
    await page.goto('https://secure.booking.com/mysettings.html');
    await expect(page).toHaveURL(/^https:\/\/account\.booking\.com\/sign-in/);
  },
});
