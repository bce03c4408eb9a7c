import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'instagram', domain: 'instagram.com', languages: ['en', 'pl'] });

test('Instagram: a GET of /accounts/logout/ or a POST without the x-csrftoken header signs nobody out; the More menu\'s item does', async ({
  page,
  context,
  fixtures,
}) => {
  const instagram = fixtures.instagram;
  await signInThroughForm(page, instagram, instagram.users[0]!);
  await expect(page).toHaveURL('https://www.instagram.com/');

  // What old apps opened: a plain GET only sends the browser home.
  await page.goto('https://www.instagram.com/accounts/logout/');
  await expect(page).toHaveURL('https://www.instagram.com/');
  const statuses = await page.evaluate(async () => {
    const post = (headers: Record<string, string>) =>
      fetch('/accounts/logout/ajax/', { method: 'POST', headers }).then((r) => r.status);
    return { none: await post({}), forged: await post({ 'x-csrftoken': 'forged' }) };
  });
  expect(statuses).toEqual({ none: 403, forged: 403 });
  expect(instagram.activeSessions()).toHaveLength(1);

  // "Log out" exists only once "More" is opened, and it is a menu item: no form, no link.
  await page.locator('a[role="link"][href="#"]:has(svg[aria-label="Settings"])').click();
  const logOut = page.getByRole('button', { name: 'Log out' });
  await expect(logOut).toBeVisible();
  await expect(page.locator('form[action^="/accounts/logout"], a[href^="/accounts/logout"]')).toHaveCount(0);
  const sent = page.waitForRequest((request) => request.url().endsWith('/accounts/logout/ajax/') && request.method() === 'POST');
  await logOut.click();
  const csrfCookie = (await context.cookies('https://www.instagram.com')).find((c) => c.name === 'csrftoken')?.value;
  expect((await sent).headers()['x-csrftoken']).toBe(csrfCookie);
  await expect(page).toHaveURL('https://www.instagram.com/accounts/login/');
  expect(instagram.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.instagram.com')).map((c) => c.name);
  expect(names).not.toContain('sessionid');
  expect(names).not.toContain('ds_user_id');
  expect(names).toEqual(expect.arrayContaining(['csrftoken', 'mid']));
});
