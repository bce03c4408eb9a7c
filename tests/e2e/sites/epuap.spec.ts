import { describeSiteSignOut, expect } from './sign-out-spec';

// ePUAP is Polish only; its sign-out is the generic finder's, from the signed-in area, verified by the site's answer.
describeSiteSignOut({
  site: 'epuap',
  domain: 'epuap.gov.pl',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // The portal session every visitor has stays; the signed-in area sends the browser to the sign-in again.
    expect((await context.cookies('https://epuap.gov.pl')).map((c) => c.name)).toEqual(['JSESSIONID']);
    await page.goto('https://epuap.gov.pl/wps/myportal/aplikacje/skrzynka');
    await expect(page).toHaveURL(/^https:\/\/epuap\.gov\.pl\/wps\/portal\/logowanie/);
  },
});
