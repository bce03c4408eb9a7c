import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'github', domain: 'github.com', accountName: 'jan-kowalski' });

test('GitHub: GET /logout only asks; a POST without the page\'s token is refused; the session stays', async ({ page, context, fixtures }) => {
  const github = fixtures.github;
  await signInThroughForm(page, github, github.users[0]!);
  await page.goto('https://github.com/logout');
  await expect(page.locator('form[action="/logout"] input[name="authenticity_token"]')).toHaveCount(1);
  await expect(page.locator('form[action="/logout"] input[type="submit"]')).toHaveValue('Sign out from all accounts');
  expect(github.activeSessions()).toHaveLength(1);

  const status = await page.evaluate(async () => {
    const response = await fetch('/logout', { method: 'POST', body: new URLSearchParams({ authenticity_token: 'forged' }) });
    return response.status;
  });
  expect(status).toBe(422);
  expect(github.activeSessions()).toHaveLength(1);
  const loggedIn = (await context.cookies('https://github.com')).find((c) => c.name === 'logged_in');
  expect(loggedIn?.value).toBe('yes');

  // The page's own form does end it, and GitHub flips logged_in to "no" rather than deleting it.
  await page.locator('form[action="/logout"] [type="submit"]').click();
  await expect(page).toHaveURL('https://github.com/');
  expect(github.activeSessions()).toEqual([]);
  const after = await context.cookies('https://github.com');
  expect(after.find((c) => c.name === 'logged_in')?.value).toBe('no');
  expect(after.map((c) => c.name)).not.toContain('user_session');
});
