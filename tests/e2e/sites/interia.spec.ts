import { driveRecipeSteps } from './recipe-steps';
import { authCookiesLeft, describeSiteSignOut, expect, resultRow, signInThroughForm, signOutButtonName, test } from './sign-out-spec';

describeSiteSignOut({ site: 'interia', domain: 'interia.pl', accountName: 'jan.kowalski@interia.pl', languages: ['pl'] });

test('Interia: the account menu route (the recipe\'s fallback) signs out and lands on the sign-in page', async ({ page, fixtures }) => {
  const interia = fixtures.interia;
  await signInThroughForm(page, interia, interia.users[1]!);
  await expect(page).toHaveURL('https://poczta.interia.pl/next/');
  await driveRecipeSteps(page, 'interia', 1);
  await expect(page).toHaveURL('https://poczta.interia.pl/logowanie/');
  expect(interia.activeSessions()).toEqual([]);
  await page.goto('https://poczta.interia.pl/next/');
  await expect(page).toHaveURL(/^https:\/\/poczta\.interia\.pl\/logowanie\/\?referer=/);
});

test('Interia: when the sign-out is gone, Signoff only clears the browser and says the site may still hold the session', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  const interia = fixtures.interia;
  await signInThroughForm(page, interia, interia.users[0]!);
  interia.controls.signOutRemoved = true;
  const popup = await openPopup();
  await popup.getByRole('button', { name: signOutButtonName('en', 'Poczta Interia', 'interia.pl'), exact: true }).click();
  await expect(resultRow(popup, 'interia.pl')).toHaveAttribute('data-outcome', 'cleared', { timeout: 60_000 });
  expect(await authCookiesLeft(context, 'interia', 'interia.pl')).toEqual([]);
  expect(interia.activeSessions()).toHaveLength(1); // Honest: the server was never told.
});
