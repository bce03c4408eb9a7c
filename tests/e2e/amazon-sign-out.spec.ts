import type { Page } from '@playwright/test';
import type { AuditRow } from '../../utils/db-schema';
import { expect, signInAmazon, test } from './harness';
import { badgeText, readTable } from './extension-state';

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const sessionRow = (popup: Page, domain: string) =>
  popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);
const resultRow = (popup: Page, domain: string) =>
  popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

test.describe('Amazon: signed-in sessions and sign-out from the popup', () => {
  test('(a) signing in on amazon.pl shows a row with the account name and a badge of 1', async ({ page, openPopup, serviceWorker }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    const popup = await openPopup();
    const row = sessionRow(popup, 'amazon.pl');
    await expect(row).toContainText('Amazon (amazon.pl) — Jan');
    await expect(row).toContainText(/Signed in since \d{2}:\d{2}/);
    await expect.poll(async () => badgeText(await serviceWorker())).toBe('1');
  });

  test('(b) "Sign out" runs the site\'s sign-out, revokes the server session and reports it verified', async ({
    page,
    context,
    openPopup,
    serviceWorker,
    fixtures,
  }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
    const popup = await openPopup();
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Jan');
    const tabsBefore = context.pages().length;

    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();

    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });
    await expect(resultRow(popup, 'amazon.pl')).toContainText('Signed out (verified)');
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
    await expect(sessionRow(popup, 'amazon.pl')).toHaveCount(0);
    await expect.poll(() => context.pages().length).toBe(tabsBefore); // The tab Signoff opened is closed again.
    await expect.poll(async () => badgeText(await serviceWorker())).toBe('');
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'steps', accountName: 'Jan' }]);
    // The person's own tab now shows Amazon signed out too, because the server no longer knows the session.
    await page.goto(`https://${PL}/gp/css/homepage.html`);
    await expect(page).toHaveURL(/\/ap\/signin/);
  });

  test('(c) amazon.pl and amazon.com are separate: signing out of one leaves the other', async ({ page, openPopup, serviceWorker, fixtures }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const popup = await openPopup();
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Jan');
    await expect(sessionRow(popup, 'amazon.com')).toContainText('Anna');
    await expect.poll(async () => badgeText(await serviceWorker())).toBe('2');

    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });

    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
    expect(fixtures.amazon.activeSessions(COM)).toMatchObject([{ name: 'Anna' }]);
    await expect(sessionRow(popup, 'amazon.com')).toBeVisible();
    await expect.poll(async () => badgeText(await serviceWorker())).toBe('1');
  });

  test('(d) when the sign-out cannot be driven, the site is removed from this browser and the UI says the site may still hold the session', async ({
    page,
    context,
    openPopup,
    fixtures,
  }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    fixtures.amazon.controls.signOutRemoved = true;
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();

    const result = resultRow(popup, 'amazon.pl');
    await expect(result).toHaveAttribute('data-outcome', 'cleared', { timeout: 60_000 });
    await expect(result).toContainText('Removed from this browser — the site may still consider you signed in');
    await expect(popup.getByText('Signed out (verified)')).toHaveCount(0);
    // Honest: the browser forgot the session, the server did not.
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
    const cookies = await context.cookies(`https://${PL}`);
    expect(cookies.filter((c) => ['at-acbpl', 'x-acbpl', 'sess-at-acbpl'].includes(c.name))).toEqual([]);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'cleared' }]);
    expect(audit[0]?.reason.key).not.toBe('reasonVerified');
  });

  test('(e) a service worker stopped mid-sign-out still ends the job with a correct, recorded outcome', async ({
    page,
    openPopup,
    stopServiceWorker,
    fixtures,
  }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    fixtures.amazon.controls.signOutDelayMs = 4_000; // The site is slow to answer the sign-out request.
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
    // The click has been sent and Signoff is waiting for the site: now the browser stops the worker.
    await expect(popup.locator('[data-testid="job-progress"][data-phase="verifying"]')).toBeVisible({ timeout: 20_000 });
    await stopServiceWorker();

    await popup.reload(); // Opening the popup again wakes the worker, which resumes the job from IndexedDB.
    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified' }]);
    const jobs = await readTable<{ resumes: number }>(popup, 'jobs');
    expect(jobs[0]?.resumes).toBeGreaterThanOrEqual(1); // It really was picked up by a new worker.
  });
});

test.describe('Polish UI', () => {
  test.use({ uiLanguage: 'pl' });

  test('the popup speaks Polish and reports a verified sign-out', async ({ page, openPopup, fixtures }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    const popup = await openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', /^pl/);
    await expect(sessionRow(popup, 'amazon.pl')).toContainText('Amazon (amazon.pl) — Jan');
    await popup.getByRole('button', { name: 'Wyloguj z serwisu Amazon (amazon.pl)' }).click();
    await expect(resultRow(popup, 'amazon.pl')).toContainText('Wylogowano (potwierdzone)', { timeout: 30_000 });
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
  });
});
