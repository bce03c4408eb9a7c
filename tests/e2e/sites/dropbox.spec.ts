import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'dropbox', domain: 'dropbox.com', languages: ['en', 'pl'] });

test('Dropbox: the account menu\'s "Sign out" ends the session; the CSRF cookie t and gvc stay, /home asks to sign in again', async ({
  page,
  context,
  fixtures,
}) => {
  const dropbox = fixtures.dropbox;
  await signInThroughForm(page, dropbox, dropbox.users[0]!);
  await expect(page).toHaveURL('https://www.dropbox.com/home');
  await expect(page.locator('a[href="/logout"]')).toHaveCount(0);

  await driveRecipeSteps(page, 'dropbox', 1);
  await expect(page).toHaveURL('https://www.dropbox.com/login');
  expect(dropbox.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.dropbox.com')).map((c) => c.name);
  expect(names).not.toContain('lid');
  expect(names).not.toContain('jar');
  expect(names).toEqual(expect.arrayContaining(['t', 'gvc']));
  await page.goto('https://www.dropbox.com/home');
  await expect(page).toHaveURL('https://www.dropbox.com/login?cont=%2Fhome');
});
