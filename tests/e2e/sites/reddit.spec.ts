import { driveRecipeSteps } from './recipe-steps';
import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'reddit', domain: 'reddit.com' });

test('Reddit: the logout endpoint refuses a GET and a POST without csrf_token; the user drawer signs out', async ({
  page,
  context,
  fixtures,
}) => {
  const reddit = fixtures.reddit;
  await page.goto('https://www.reddit.com/');
  const guest = (await context.cookies('https://www.reddit.com')).map((c) => c.name);
  expect(guest).toEqual(expect.arrayContaining(['token_v2', 'loid', 'csrf_token']));
  expect(guest).not.toContain('reddit_session');

  await signInThroughForm(page, reddit, reddit.users[0]!);
  await page.goto('https://www.reddit.com/svc/shreddit/account/logout');
  await expect(page).toHaveURL('https://www.reddit.com/');
  const statuses = await page.evaluate(async () => {
    const post = (body: Record<string, string>) =>
      fetch('/svc/shreddit/account/logout', { method: 'POST', body: new URLSearchParams(body) }).then((r) => r.status);
    return { none: await post({}), forged: await post({ csrf_token: 'forged' }) };
  });
  expect(statuses).toEqual({ none: 422, forged: 422 });
  expect(reddit.activeSessions()).toHaveLength(1);

  await driveRecipeSteps(page, 'reddit', 0);
  await expect(page).toHaveURL('https://www.reddit.com/');
  await expect(page.locator('#login-button')).toBeVisible();
  expect(reddit.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.reddit.com')).map((c) => c.name);
  expect(names).not.toContain('reddit_session');
  expect(names).toContain('token_v2');
});
