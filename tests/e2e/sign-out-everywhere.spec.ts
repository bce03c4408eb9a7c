import type { AuditRow, JobRow } from '../../utils/db-schema';
import { expect, signInAmazon, test } from './harness';
import { badgeText, readTable } from './extension-state';

test('Sign out everywhere signs out of every site in parallel, keeps the kept ones, and the summary survives reopening the popup', async ({
  page,
  context,
  extensionId,
  openPopup,
  fixtures,
}) => {
  const { amazon } = fixtures;
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await signInAmazon(page, 'www.amazon.com', 'anna@example.com', 'haslo123');
  await signInAmazon(page, 'www.amazon.de', 'jan@example.com', 'haslo123');
  await signInAmazon(page, 'www.amazon.co.uk', 'anna@example.com', 'haslo123');

  // The owner of this computer keeps amazon.de: "everywhere" must not touch it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('textbox').fill('https://www.amazon.de/');
  await options.getByRole('button', { name: 'Keep this site' }).click();
  await expect(options.getByTestId('keep-list')).toContainText('amazon.de');
  await options.close();

  amazon.controls.signOutDelayMs = 1_500; // Slow enough that the run is seen in progress.
  let popup = await openPopup();
  await expect(popup.locator('[data-testid="session-row"]')).toHaveCount(4);
  await popup.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'false');
  await expect(popup.locator('[data-testid="job-progress"]').first()).toBeVisible();

  // Closing the popup does not stop anything; reopening shows the same run.
  await popup.close();
  popup = await openPopup();
  const summary = popup.getByTestId('batch-summary');
  await expect(summary).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
  await expect(summary).toContainText('3 signed out (verified), 0 removed from this browser only, 0 failed');
  await expect(summary).toContainText('Kept, as you asked: amazon.de');

  // The server is the judge: three sessions revoked, the kept one untouched.
  expect(amazon.activeSessions('www.amazon.pl')).toHaveLength(0);
  expect(amazon.activeSessions('www.amazon.com')).toHaveLength(0);
  expect(amazon.activeSessions('www.amazon.co.uk')).toHaveLength(0);
  expect(amazon.activeSessions('www.amazon.de')).toHaveLength(1);
  await expect(popup.locator('[data-testid="session-row"]')).toHaveCount(1);
  await expect(popup.locator('[data-session-id="amazon:amazon.de"]')).toBeVisible();

  // The sites ran side by side, not one after another.
  const jobs = (await readTable<JobRow>(popup, 'jobs')).filter((job) => job.batchId);
  expect(jobs).toHaveLength(3);
  const overlapping = jobs.some((a) => jobs.some((b) => a !== b && b.createdAt < (a.finishedAt ?? 0) && a.createdAt < (b.finishedAt ?? 0)));
  expect(overlapping).toBe(true);
  // After the verified sign-outs nothing of those sites is left in the browser; the kept site is untouched.
  expect(jobs.every((job) => job.leftoversCleared === true)).toBe(true);
  expect(await context.cookies('https://www.amazon.pl')).toEqual([]);
  expect((await context.cookies('https://www.amazon.de')).map((c) => c.name)).toContain('at-acbde');
  const audit = await readTable<AuditRow>(popup, 'audit');
  expect(audit.map((row) => row.outcome)).toEqual(['verified', 'verified', 'verified']);
  // Only Signoff's own tabs were closed: the person's tab is still there.
  expect(context.pages()).toContain(page);
});

test('a second press while a run is going on joins it instead of starting the sites twice', async ({ page, openPopup, fixtures }) => {
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  fixtures.amazon.controls.signOutDelayMs = 2_000;
  const popup = await openPopup();
  const [first, second] = await popup.evaluate(async () => {
    const press = () => chrome.runtime.sendMessage({ channel: 'command', type: 'sign-out-everywhere' });
    return Promise.all([press(), press()]);
  });
  expect(first.ok && second.ok).toBe(true);
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'true', { timeout: 30_000 });
  const jobs = await readTable<JobRow>(popup, 'jobs');
  expect(jobs).toHaveLength(1);
  expect(fixtures.amazon.activeSessions('www.amazon.pl')).toHaveLength(0);
});

test('the keyboard shortcut and the toolbar icon menu start the same Sign out everywhere', async ({
  page,
  serviceWorker,
  openPopup,
  fixtures,
}) => {
  const worker = await serviceWorker();
  // The manifest declares the command with its default key; the browser lets the person change it.
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'sign-out-everywhere', shortcut: 'Alt+Shift+L' }));

  // A key press on the browser's own UI cannot be sent to headless Chromium; the browser reports it to the
  // extension through this event, which the test raises the same way.
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await expect.poll(() => badgeText(worker)).toBe('1'); // Signoff has seen the session.
  await worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(name: string): void }).dispatch('sign-out-everywhere'));
  await expect.poll(() => fixtures.amazon.activeSessions('www.amazon.pl').length, { timeout: 30_000 }).toBe(0);
  // Wait for that run to finish (not only the sign-out: also the clean-up after it), or the next press joins it.
  const popup = await openPopup();
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'true', { timeout: 30_000 });

  await signInAmazon(page, 'www.amazon.com', 'anna@example.com', 'haslo123');
  await expect.poll(() => badgeText(worker)).toBe('1');
  await worker.evaluate(() =>
    (chrome.contextMenus.onClicked as unknown as { dispatch(info: object): void }).dispatch({ menuItemId: 'sign-out-everywhere' }),
  );
  await expect.poll(() => fixtures.amazon.activeSessions('www.amazon.com').length, { timeout: 30_000 }).toBe(0);

  const batches = await readTable<{ trigger: string }>(popup, 'batches');
  expect(batches.map((batch) => batch.trigger).sort()).toEqual(['context-menu', 'shortcut']);
});
