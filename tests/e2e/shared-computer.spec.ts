import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { AuditRow } from '../../utils/db-schema';
import { projectTmpDir } from '../fixture-sites/paths';
import { expect, signInAmazon, test } from './harness';
import { badgeText, readTable } from './extension-state';
import { launchWithExtension } from './launch';

/** Chooses the computer's mode on the options page, as the first-run question asks. */
async function chooseMode(context: BrowserContext, extensionId: string, mode: 'Shared computer' | 'Personal computer') {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: new RegExp(mode) }).check();
  await expect(options.getByRole('radio', { name: new RegExp(mode) })).toBeChecked();
  await options.close();
}

async function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Presses a notification's button the way the browser reports it: through the extension's event. */
async function pressNotificationButton(worker: Worker, id: string, index: number) {
  await worker.evaluate(
    ([notificationId, buttonIndex]) =>
      (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch(
        notificationId,
        buttonIndex,
      ),
    [id, index] as const,
  );
}

test.describe('first run', () => {
  test.use({ keepWelcomePage: true });

  test('opens the question "Is this a shared computer?" and the answer is kept', async ({ context }) => {
  const welcome = await expect
    .poll(() => context.pages().find((p) => p.url().includes('options.html#welcome')), { timeout: 10_000 })
    .toBeTruthy()
    .then(() => context.pages().find((p) => p.url().includes('options.html#welcome'))!);
  await expect(welcome.getByText('Is this a shared computer?')).toBeVisible();
  await welcome.getByRole('radio', { name: /Shared computer/ }).check();
  await welcome.reload();
  await expect(welcome.getByRole('radio', { name: /Shared computer/ })).toBeChecked();
  await expect(welcome.getByText('Is this a shared computer?')).toHaveCount(0); // Answered: now just "This computer".
  });
});

test('closing the last tab of a signed-in site reminds, and the reminder\'s button signs out for real', async ({
  page,
  context,
  serviceWorker,
  fixtures,
}) => {
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const worker = await serviceWorker();
  await expect.poll(() => badgeText(worker)).toBe('1');
  // Another tab stays open, so the browser window stays; the Amazon tab is the site's last one.
  await context.newPage();
  await page.close();
  const id = 'still-signed-in:amazon:amazon.pl';
  await expect.poll(() => notificationIds(worker)).toContain(id);

  await pressNotificationButton(worker, id, 0);
  await expect.poll(() => fixtures.amazon.activeSessions('www.amazon.pl').length, { timeout: 30_000 }).toBe(0);
  await expect.poll(() => badgeText(worker)).toBe('');
  await expect.poll(() => notificationIds(worker)).not.toContain(id);
});

test('"I\'m leaving" signs out everywhere, closes those sites\' tabs and shows what was done', async ({
  page,
  context,
  openPopup,
  fixtures,
}) => {
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const second = await context.newPage();
  await signInAmazon(second, 'www.amazon.com', 'anna@example.com', 'haslo123');
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'I’m leaving' }).click();

  const receipt = popup.getByTestId('leave-receipt');
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  await expect(receipt).toContainText('Signed out of 2 site(s)');
  await expect(receipt).toContainText('Closed 2 tab(s)');
  // Amazon's account switcher was emptied too (its forgetRemembered flow), and the receipt says so.
  await expect(receipt).toContainText('Sign-in pages no longer show your account: Amazon');
  await expect(receipt.locator('li[data-done="false"]')).toHaveCount(0);
  expect(fixtures.amazon.activeSessions()).toHaveLength(0); // No fixture session is valid any more.
  expect(context.pages().some((p) => p.url().includes('amazon.'))).toBe(false);
});

test('closing the last browser window in shared mode sweeps: signs out where a URL allows, then clears', async ({
  page,
  context,
  extensionId,
  serviceWorker,
  fixtures,
}) => {
  await chooseMode(context, extensionId, 'Shared computer');
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const worker = await serviceWorker();
  await expect.poll(() => badgeText(worker)).toBe('1');
  // Headless Chromium stays alive with no window, so the sweep can finish and be checked.
  for (const open of context.pages()) await open.close();
  await expect.poll(() => fixtures.amazon.activeSessions('www.amazon.pl').length, { timeout: 20_000 }).toBe(0);
  const readAudit = () => readTable<AuditRow>(worker, 'audit');
  // The audit row is written once the site's data is cleared too, a moment after the server revoked the session.
  await expect
    .poll(readAudit)
    .toMatchObject([{ domain: 'amazon.pl', trigger: 'close', outcome: 'verified', method: 'url-request' }]);
});

test('relaunching the same profile reports the sessions left from last time, in a notification and the popup', async ({
  fixtures,
}) => {
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'relaunch-'));
  const launch = () =>
    launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage: 'en', headless: true });
  try {
    let context = await launch();
    let page: Page = context.pages()[0] ?? (await context.newPage());
    await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
    await context.close();

    context = await launch();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The report waits for the policy's recipes too, and Chromium answers storage.managed seconds late at a start.
    await expect.poll(() => notificationIds(worker), { timeout: 15_000 }).toContain('leftover-sessions');
    page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const banner = page.getByTestId('leftovers-banner');
    await expect(banner).toContainText('Still signed in from last time: Amazon (amazon.pl)');
    await banner.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByTestId('batch-summary')).toContainText('1 signed out (verified)', { timeout: 30_000 });
    await expect(banner).toHaveCount(0);
    expect(fixtures.amazon.activeSessions('www.amazon.pl')).toHaveLength(0);
    await context.close();
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});

test('"Forget everything" really empties Signoff\'s database and storage', async ({ page, context, extensionId, openPopup }) => {
  await chooseMode(context, extensionId, 'Shared computer');
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
  await expect(popup.locator('[data-testid="result-row"]')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });
  expect(await readTable(popup, 'audit')).toHaveLength(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Forget everything…' }).click();
  await options.getByRole('button', { name: 'Yes, delete all of Signoff’s data' }).click();
  await expect(options.getByText('Done: Signoff’s history and settings are deleted.')).toBeVisible();

  for (const table of ['sessions', 'jobs', 'audit', 'batches'] as const) expect(await readTable(popup, table), table).toEqual([]);
  expect(await popup.evaluate(() => chrome.storage.local.get())).toEqual({});
  await expect(options.getByText('Is this a shared computer?')).toBeVisible(); // The mode is forgotten too.
});
