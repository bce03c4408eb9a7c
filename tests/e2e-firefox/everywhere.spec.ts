import type { AuditRow } from '../../utils/db-schema';
import { expect, test } from './harness';
import { openPopup, pressButton, readTable, signInAmazon, signInKitSite, waitForText } from './pages';

test('Sign out everywhere over five sites: every server session revoked, all verified, in one summary', async ({ firefox, tab, fixtures }) => {
  test.setTimeout(90_000);
  const { amazon, linkedin, netflix, dropbox } = fixtures;
  await signInAmazon(tab, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await signInAmazon(tab, 'www.amazon.com', 'anna@example.com', 'haslo123');
  await signInKitSite(tab, linkedin);
  await signInKitSite(tab, netflix);
  await signInKitSite(tab, dropbox);
  await tab.goto('about:blank');

  const popup = await openPopup(firefox);
  await expect.poll(() => popup.$$eval('[data-testid="session-row"]', (rows) => rows.length)).toBe(5);
  await pressButton(popup, 'Sign out everywhere');
  await popup.waitForSelector('[data-testid="batch-summary"][data-finished="true"]', { timeout: 60_000 });
  await waitForText(popup, '[data-testid="batch-summary"]', '5 signed out (verified), 0 removed from this browser only, 0 failed');

  // The servers are the judges.
  expect(amazon.activeSessions('www.amazon.pl')).toEqual([]);
  expect(amazon.activeSessions('www.amazon.com')).toEqual([]);
  expect(linkedin.activeSessions()).toEqual([]);
  expect(netflix.activeSessions()).toEqual([]);
  expect(dropbox.activeSessions()).toEqual([]);
  const audit = await readTable<AuditRow>(popup, 'audit');
  expect(audit.map((row) => `${row.domain}:${row.outcome}`).sort()).toEqual([
    'amazon.com:verified',
    'amazon.pl:verified',
    'dropbox.com:verified',
    'linkedin.com:verified',
    'netflix.com:verified',
  ]);
  await expect.poll(() => popup.$$eval('[data-testid="session-row"]', (rows) => rows.length)).toBe(0);
});
