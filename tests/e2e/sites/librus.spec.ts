import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

// Synergia is Polish only. Guests hold SDZIENNIKSID too, so the listing waits for the site's answer, and the
// top bar's name may come before the row exists: the name is not asserted here.
describeSiteSignOut({ site: 'librus', domain: 'librus.pl', languages: ['pl'] });

test('Librus: a guest already holds SDZIENNIKSID; /wyloguj ends the session and the pages say „Brak dostępu”', async ({ page, context, fixtures }) => {
  const librus = fixtures.librus;
  await page.goto('https://api.librus.pl/OAuth/Authorization');
  expect((await context.cookies('https://synergia.librus.pl')).map((c) => c.name)).toEqual(['SDZIENNIKSID']);
  await signInThroughForm(page, librus, librus.users[0]!);
  await expect(page).toHaveURL('https://synergia.librus.pl/uczen/index');
  await expect(page.locator('#user-section > b')).toHaveText('Jan Kowalski (uczeń)');
  await page.goto('https://synergia.librus.pl/wyloguj');
  await expect(page.locator('#page h2.inside')).toHaveText('Brak dostępu');
  expect(librus.activeSessions()).toEqual([]);
  expect((await context.cookies('https://synergia.librus.pl')).map((c) => c.name)).toEqual(['SDZIENNIKSID']);
});
