import type { Page } from '@playwright/test';
import type { AuditRow, JobRow } from '../../utils/db-schema';
import { expect, signInAmazon, test } from './harness';
import { readTable } from './extension-state';

/**
 * Hostile pages (tests/fixture-sites/amazon/hostile-page.ts): the signed-in Amazon home page turns against Signoff
 * while it signs out — forged runner requests by postMessage and DOM events, a "Sign Out" link to another
 * marketplace that the recipe's own selector matches, "Sign out and delete your account" decoys, decoys that jump
 * and blink, and (second case) a real sign-out link that vanishes the moment it appears. Signoff must act only as
 * the recipe says, on this site only, and never press a destructive control. The unit side (commands from web pages,
 * reports about another tab) is in tests/unit/message-guard.test.ts.
 */

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const resultRow = (popup: Page, domain: string) => popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

async function signInBoth(page: Page) {
  await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
}

function report(name: string, audit: AuditRow | undefined, log: readonly string[]) {
  const line = `[hostile] ${name}: outcome=${audit?.outcome} method=${audit?.method ?? '-'} durationMs=${audit?.durationMs} log=${[...new Set(log)].join(',')}`;
  console.log(line);
  test.info().annotations.push({ type: 'measured', description: line });
}

test.describe('hostile pages', () => {
  test('forged messages, decoys to another site and destructive decoys: Signoff presses only the real sign-out of this site', async ({
    page,
    openPopup,
    fixtures,
  }) => {
    const { amazon } = fixtures;
    await signInBoth(page);
    amazon.controls.hostilePage = 'decoys';
    // The person's own tab shows the hostile page too, its script forging messages the whole time.
    await page.goto(`https://${PL}/`);
    await expect(page.locator('#decoy-other-site')).toBeVisible();
    // A web page has no extension messaging at all (no externally_connectable): nothing to forge a command with.
    expect(await page.evaluate(() => typeof (window as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
    await expect.poll(() => amazon.faultLog).toContain('report:forged=20');

    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });

    // The site's own sign-out ran, through the recipe's steps (the flyout's link), on amazon.pl only.
    expect(amazon.activeSessions(PL)).toHaveLength(0);
    expect(amazon.activeSessions(COM)).toMatchObject([{ name: 'Anna' }]);
    await expect(popup.locator('[data-session-id="amazon:amazon.com"]')).toBeVisible();
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'steps' }]);
    // No destructive decoy was pressed, the page could not reach the extension, and the forgeries started nothing:
    // one job (the person's), no "sign out everywhere".
    expect(amazon.faultLog.filter((entry) => entry.startsWith('destructive:'))).toEqual([]);
    expect(amazon.faultLog).toContain('report:runtime=absent');
    expect(amazon.faultLog).toContain('report:sendMessage=threw');
    const jobs = await readTable<JobRow>(popup, 'jobs');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.batchId).toBeUndefined();
    report('decoys and forged messages', audit[0], amazon.faultLog);
  });

  test('a sign-out control that vanishes as soon as it appears: the steps time out, the recipe\'s URL signs out, no decoy is pressed', async ({
    page,
    openPopup,
    fixtures,
  }) => {
    const { amazon } = fixtures;
    await signInBoth(page);
    amazon.controls.hostilePage = 'vanishing';
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
    await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified', { timeout: 60_000 });
    expect(amazon.faultLog).toContain('report:vanished'); // The page did take the link away under the runner.
    expect(amazon.activeSessions(PL)).toHaveLength(0);
    expect(amazon.activeSessions(COM)).toHaveLength(1);
    expect(amazon.faultLog.filter((entry) => entry.startsWith('destructive:'))).toEqual([]);
    const audit = await readTable<AuditRow>(popup, 'audit');
    expect(audit).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified', method: 'url-request' }]);
    report('vanishing sign-out control', audit[0], amazon.faultLog);
  });
});
