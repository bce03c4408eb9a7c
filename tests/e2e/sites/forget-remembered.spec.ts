import type { Page } from '@playwright/test';
import { readTable } from '../extension-state';
import { expect, resultRow, signInThroughForm, signOutButtonName, test } from './sign-out-spec';

/** The four sites whose sign-in pages remember who was here, where each shows it, and who signs in. */
const SITES = [
  { site: 'facebook', name: 'Facebook', domain: 'facebook.com', loginPage: 'https://www.facebook.com/', shows: 'Jan' },
  { site: 'microsoft', name: 'Microsoft', domain: 'live.com', loginPage: 'https://login.live.com/login.srf', shows: 'Jan Kowalski' },
  { site: 'linkedin', name: 'LinkedIn', domain: 'linkedin.com', loginPage: 'https://www.linkedin.com/login', shows: 'Jan Kowalski' },
  { site: 'yahoo', name: 'Yahoo', domain: 'yahoo.com', loginPage: 'https://login.yahoo.com/', shows: 'Jan Kowalski' },
] as const;

/** What the sign-in page shows a person: its text and the names photos and controls carry. */
async function pageNames(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return page.evaluate(() =>
    [document.body.innerText, ...Array.from(document.querySelectorAll('[alt], [title], [aria-label]'), (el) => ['alt', 'title', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join(' '))].join(' '),
  );
}

test('after Signoff, Facebook\'s, Microsoft\'s, LinkedIn\'s and Yahoo\'s sign-in pages no longer name the person who was here', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  test.setTimeout(120_000);
  for (const { site } of SITES) await signInThroughForm(page, fixtures[site], fixtures[site].users[0]!);
  for (const { site } of SITES) expect(fixtures[site].rememberedAccounts(), site).toEqual([fixtures[site].users[0]!.email]);

  // Signed out by hand, in another tab of this browser, the pages would offer the person again: that is what was
  // remembered. (Checked here on the pages that show it while signed in; Facebook's tiles come from dbln.)
  const before = await context.newPage();
  for (const { loginPage, shows, site } of SITES) {
    if (site === 'facebook') {
      expect(await pageNames(before, 'https://www.facebook.com/login/device-based/accounts/')).toContain('"first":"Jan"');
    } else {
      expect(await pageNames(before, loginPage), site).toContain(shows);
    }
  }
  await before.close();

  const popup = await openPopup();
  for (const { name, domain } of SITES) await popup.getByRole('button', { name: signOutButtonName('en', name, domain), exact: true }).click();
  for (const { name, domain } of SITES) {
    const row = resultRow(popup, domain);
    await expect(row).toHaveAttribute('data-outcome', 'verified', { timeout: 60_000 });
    await expect(row.getByTestId('forgot-remembered')).toHaveText(`${name}’s sign-in page no longer shows this account`);
  }
  const jobs = await readTable<{ domain: string; forgotRemembered?: boolean }>(popup, 'jobs');
  expect(jobs.map((job) => [job.domain, job.forgotRemembered]).sort()).toEqual(SITES.map(({ domain }) => [domain, true]).sort());

  for (const { site, loginPage, shows } of SITES) {
    expect(fixtures[site].activeSessions(), site).toEqual([]);
    expect(fixtures[site].rememberedAccounts(), site).toEqual([]);
    const names = await pageNames(page, loginPage);
    expect(names, site).not.toContain(shows);
    expect(names, site).not.toContain('jan@example.com');
  }
});
