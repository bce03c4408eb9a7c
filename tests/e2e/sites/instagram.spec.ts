import { describeSiteSignOut, expect, signInThroughForm, test } from './sign-out-spec';

describeSiteSignOut({ site: 'instagram', domain: 'instagram.com', languages: ['en', 'pl'] });

test('Instagram: a GET of /accounts/logout/ or a POST without the CSRF token signs nobody out; the More menu does', async ({
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
    const post = (body: Record<string, string>) =>
      fetch('/accounts/logout/', { method: 'POST', body: new URLSearchParams(body) }).then((r) => r.status);
    return { none: await post({}), forged: await post({ csrfmiddlewaretoken: 'forged' }) };
  });
  expect(statuses).toEqual({ none: 422, forged: 422 });
  expect(instagram.activeSessions()).toHaveLength(1);

  // The form exists only once "More" is opened; its token is the csrftoken cookie Django renewed at sign-in.
  await expect(page.locator('form[action="/accounts/logout/"]')).toHaveCount(0);
  await page.locator('a[role="link"][href="#"]:has(svg[aria-label="Settings"])').click();
  const logOut = page.locator('form[action="/accounts/logout/"]').getByRole('button', { name: 'Log out' });
  await expect(logOut).toBeVisible();
  const csrfCookie = (await context.cookies('https://www.instagram.com')).find((c) => c.name === 'csrftoken')?.value;
  await expect(page.locator('input[name="csrfmiddlewaretoken"]')).toHaveValue(csrfCookie!);
  await logOut.click();
  await expect(page).toHaveURL('https://www.instagram.com/accounts/login/');
  expect(instagram.activeSessions()).toEqual([]);
  const names = (await context.cookies('https://www.instagram.com')).map((c) => c.name);
  expect(names).not.toContain('sessionid');
  expect(names).not.toContain('ds_user_id');
  expect(names).toEqual(expect.arrayContaining(['csrftoken', 'mid']));
});
