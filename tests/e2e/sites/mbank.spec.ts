import { describeSiteSignOut, expect } from './sign-out-spec';

// A bank: only its own sign-out address is requested. One language keeps CI time down (the site offers pl and en).
describeSiteSignOut({
  site: 'mbank',
  domain: 'mbank.pl',
  languages: ['pl'],
  afterSignOut: async ({ page, context }) => {
    // The bank's sign-out keeps the device identifier; the start page asks for the sign-in again.
    const names = (await context.cookies('https://online.mbank.pl')).map((c) => c.name).sort();
    expect(names).toEqual(['LoginContext', 'mBank8']);
    await page.goto('https://online.mbank.pl/pl');
    await expect(page).toHaveURL(/^https:\/\/online\.mbank\.pl\/pl\/Login/);
  },
});
