import { authCookiesLeft, describeSiteSignOut, expect, resultRow, signInThroughForm, signOutButtonName, test } from './sign-out-spec';

describeSiteSignOut({ site: 'linkedin', domain: 'linkedin.com', accountName: 'Jan Kowalski', languages: ['en', 'pl'] });

test('LinkedIn: /m/logout/ lands on /login; JSESSIONID and bcookie are guest cookies', async ({ page, context, fixtures }) => {
  const linkedin = fixtures.linkedin;
  await page.goto('https://www.linkedin.com/');
  const guest = (await context.cookies('https://www.linkedin.com')).map((c) => c.name).sort();
  expect(guest).toEqual(expect.arrayContaining(['JSESSIONID', 'bcookie', 'bscookie']));
  expect(guest).not.toContain('li_at');

  await signInThroughForm(page, linkedin, linkedin.users[0]!);
  await expect(page).toHaveURL('https://www.linkedin.com/feed/');
  await page.goto('https://www.linkedin.com/m/logout/');
  await expect(page).toHaveURL('https://www.linkedin.com/login');
  expect(linkedin.activeSessions()).toEqual([]);
});

test('LinkedIn: when the sign-out is gone, Signoff clears the browser and says the site may still hold the session', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  const linkedin = fixtures.linkedin;
  await signInThroughForm(page, linkedin, linkedin.users[0]!);
  linkedin.controls.signOutRemoved = true;
  const popup = await openPopup();
  await popup.getByRole('button', { name: signOutButtonName('en', 'LinkedIn', 'linkedin.com'), exact: true }).click();
  await expect(resultRow(popup, 'linkedin.com')).toHaveAttribute('data-outcome', 'cleared', { timeout: 60_000 });
  expect(await authCookiesLeft(context, 'linkedin', 'linkedin.com')).toEqual([]);
  expect(linkedin.activeSessions()).toHaveLength(1); // Honest: the server was never told.
});
