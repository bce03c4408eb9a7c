import { describeSiteSignOut, expect } from './sign-out-spec';

// Synergia is Polish only. Guests hold SDZIENNIKSID too, so the listing waits for the site's answer; the top bar's
// name, read before that answer made the row, waits for it (utils/sessions/pending-names.ts).
describeSiteSignOut({
  site: 'librus',
  domain: 'librus.pl',
  languages: ['pl'],
  accountName: 'Jan Kowalski',
  afterSignOut: async ({ page, context }) => {
    // Signed out, the browser still holds the guest's SDZIENNIKSID, and Synergia's pages say „Brak dostępu”.
    expect((await context.cookies('https://synergia.librus.pl')).map((c) => c.name)).toEqual(['SDZIENNIKSID']);
    await page.goto('https://synergia.librus.pl/informacja');
    await expect(page.locator('#page h2.inside')).toHaveText('Brak dostępu');
  },
});
