import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'wp', domain: 'wp.pl', accountName: 'jan.kowalski@wp.pl', languages: ['pl', 'en'] });

test('WP Poczta: after wyloguj.html a copy of the old login cookie no longer opens the mailbox', async ({ page, context, fixtures }) => {
  const wp = fixtures.wp;
  await signInThroughForm(page, wp, wp.users[0]!);
  await expect(page).toHaveURL('https://poczta.wp.pl/k/');
  const stolen = (await context.cookies('https://poczta.wp.pl')).find((c) => c.name === 'wpsso');
  expect(stolen).toBeDefined();

  await page.locator('[data-testid="account-button"]').click();
  await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
  await expect(page).toHaveURL('https://1login.wp.pl/zaloguj/dane');
  expect(wp.activeSessions()).toEqual([]);

  // Deleting cookies alone would leave this copy working; the server ended the session, so it is refused.
  await context.addCookies([stolen!]);
  await page.goto('https://poczta.wp.pl/k/');
  await expect(page).toHaveURL(/^https:\/\/1login\.wp\.pl\/zaloguj\/dane/);
  const names = (await context.cookies('https://poczta.wp.pl')).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(['statid', 'WPtcs2']));
});
