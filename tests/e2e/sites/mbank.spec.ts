import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

// A bank: only its own sign-out address is requested. Polish and English, as the site offers both.
describeSiteSignOut({ site: 'mbank', domain: 'mbank.pl', languages: ['pl', 'en'] });

test('mBank: /pl/Account/Logout ends the session; the device identifier mBank8 stays, and /pl asks for the sign-in again', async ({
  page,
  context,
  fixtures,
}) => {
  const mbank = fixtures.mbank;
  await signInThroughForm(page, mbank, mbank.users[0]!);
  await expect(page).toHaveURL('https://online.mbank.pl/pl');
  await page.goto('https://online.mbank.pl/pl/Account/Logout');
  await expect(page).toHaveURL('https://online.mbank.pl/pl/Login');
  expect(mbank.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://online.mbank.pl')).map((c) => c.name).sort();
  expect(names).toEqual(['LoginContext', 'mBank8']);
  await page.goto('https://online.mbank.pl/pl');
  await expect(page).toHaveURL(/^https:\/\/online\.mbank\.pl\/pl\/Login/);
});
