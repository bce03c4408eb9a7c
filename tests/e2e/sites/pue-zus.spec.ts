import { describeSiteSignOut, expect } from './sign-out-spec';

// PUE is Polish only; no cookie name is known, so the site's answer alone lists the session and verifies the sign-out.
describeSiteSignOut({
  site: 'pue-zus',
  domain: 'zus.pl',
  languages: ['pl'],
  afterSignOut: async ({ page }) => {
    // ePłatnik sends the browser to the sign-in again.
    await page.goto('https://www.zus.pl/portal/eplMain.npi');
    await expect(page).toHaveURL(/^https:\/\/www\.zus\.pl\/portal\/logowanie\.npi/);
  },
});
