import { describeSiteSignOut, expect, sessionRow } from './sign-out-spec';

// USOSweb of the University of Warsaw, signed in through the university's CAS (Polish). One recipe covers many
// universities' hosts; the session, and so the sign-out, is the one host the person used.
describeSiteSignOut({
  site: 'usosweb',
  domain: 'usosweb.uw.edu.pl',
  accountName: 'Jan Kowalski',
  languages: ['pl'],
  afterSignOut: async ({ page, popup, site }) => {
    await expect(popup.locator('[data-testid="session-row"][data-session-id^="usosweb:"]')).toHaveCount(0);
    await expect(sessionRow(popup, 'usosweb', 'usosweb.uj.edu.pl')).toHaveCount(0);
    // The sign-out reached CAS too: „Zaloguj” asks for the password again instead of signing the last person back in.
    expect(site.casSessions()).toEqual([]);
    await page.goto('https://usosweb.uw.edu.pl/kontroler.php?_action=logowaniecas/index');
    await expect(page).toHaveURL(/^https:\/\/logowanie\.uw\.edu\.pl\/cas\/login/);
    await expect(page.locator('#password')).toBeVisible();
    expect(site.activeSessions()).toEqual([]);
  },
});
