import type { AuditRow } from '../../../utils/db-schema';
import { badgeText, readTable } from '../extension-state';
import { signInAmazon } from '../amazon-sign-in';
import { expect, resultRow, signInThroughForm, test } from './sign-out-spec';

/** Nine kit sites of different sign-out mechanisms, plus Amazon: the "ten sites" a busy shared PC might hold. */
const KIT_SITES = [
  ['github', 'github.com'], // confirm page, POST with a token
  ['x', 'x.com'], // confirmation sheet, CSRF header
  ['facebook', 'facebook.com'], // per-session token link
  ['linkedin', 'linkedin.com'], // plain GET — made to fail below
  ['netflix', 'netflix.com'], // GET behind a hover menu
  ['paypal', 'paypal.com'], // header link GET
  ['dropbox', 'dropbox.com'],
  ['reddit', 'reddit.com'], // drawer, POST with CSRF
  ['olx', 'olx.pl'], // Polish, hover menu
] as const;

test('ten sites signed in: one press of Sign out everywhere signs all out, the broken one labelled truthfully, live state after reopening the popup', async ({
  page,
  openPopup,
  serviceWorker,
  fixtures,
}) => {
  test.setTimeout(180_000);
  for (const [name] of KIT_SITES) await signInThroughForm(page, fixtures[name], fixtures[name].users[0]!);
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const worker = await serviceWorker();
  await expect.poll(() => badgeText(worker), { timeout: 20_000 }).toBe('10');

  // LinkedIn's sign-out disappears (page changed): that one site must end "removed from this browser", not "signed out".
  fixtures.linkedin.controls.signOutRemoved = true;
  for (const [name] of KIT_SITES) fixtures[name].controls.responseDelayMs = 300; // Realistic latency.

  let popup = await openPopup();
  await popup.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'false');
  await popup.close();
  // Reopened mid-run: the same run, its live state read from the database.
  popup = await openPopup();
  await expect(popup.getByTestId('batch-summary')).toContainText(/Signing out everywhere: \d+ of 10 sites done/);
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'true', { timeout: 150_000 });
  await expect(popup.getByTestId('batch-summary')).toContainText('9 signed out (verified), 1 removed from this browser only, 0 failed');

  for (const [name, domain] of KIT_SITES) {
    const expected = name === 'linkedin' ? 'cleared' : 'verified';
    await expect(resultRow(popup, domain)).toHaveAttribute('data-outcome', expected);
    expect(fixtures[name].activeSessions(), `${name} server sessions`).toHaveLength(name === 'linkedin' ? 1 : 0);
  }
  await expect(resultRow(popup, 'amazon.pl')).toHaveAttribute('data-outcome', 'verified');
  expect(fixtures.amazon.activeSessions('www.amazon.pl')).toHaveLength(0);
  await expect(resultRow(popup, 'linkedin.com')).toContainText('Removed from this browser — the site may still consider you signed in');
  const audit = await readTable<AuditRow>(popup, 'audit');
  expect(audit).toHaveLength(10);
  await expect.poll(() => badgeText(worker)).toBe('');
});
