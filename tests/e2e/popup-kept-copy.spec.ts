import type { Page } from '@playwright/test';
import { expect, signInAmazon, test } from './harness';

// The popup draws its rows from its own copy when the toolbar popup's address names it (utils/popup-snapshot-cache.ts).

const sessionRow = (popup: Page) => popup.locator('[data-testid="session-row"][data-session-id="amazon:amazon.pl"]');
/** What a click on the toolbar button opens, read from an extension page. */
const toolbarPopup = (extensionPage: Page) => extensionPage.evaluate(() => chrome.action.getPopup({}));
/** Whether the popup's own copy of its rows is the snapshot the toolbar popup's address names. */
const keptCopyIsNamed = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const kept = JSON.parse(localStorage.getItem('popupSnapshot') ?? 'null') as { writtenAt: number } | null;
    return kept !== null && (await chrome.action.getPopup({})).endsWith(`#${kept.writtenAt}`);
  });

test("the popup keeps a copy of its rows and draws it at once when the toolbar popup's address names it; none once nobody is signed in", async ({
  page,
  context,
  openPopup,
  extensionId,
}) => {
  const plain = `chrome-extension://${extensionId}/popup.html`;
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  const popup = await openPopup(); // Reads the snapshot from storage, and keeps it.
  await expect(sessionRow(popup)).toContainText('Jan');
  await expect.poll(() => toolbarPopup(popup)).toMatch(new RegExp(`^${plain}#\\d+$`));
  await expect.poll(() => keptCopyIsNamed(popup)).toBe(true); // It follows the background's writes while open.
  expect(await popup.evaluate(() => localStorage.getItem('popupSnapshot'))).not.toContain('Jan'); // No account name on disk.

  // Storage's copy removed: before the database answers, only the popup's own copy can give the rows.
  await popup.evaluate(() => chrome.storage.session.remove('popupSnapshot'));
  const fromButton = await context.newPage();
  await fromButton.goto(await toolbarPopup(popup));
  await expect(sessionRow(fromButton)).toContainText('Amazon (amazon.pl) — Jan'); // The name comes with the database.
  expect(await fromButton.evaluate(() => performance.getEntriesByName('popup:snapshot-read').length)).toBe(1);

  await fromButton.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();
  await expect(fromButton.locator('[data-testid="result-row"]')).toHaveAttribute('data-outcome', 'verified', { timeout: 30_000 });
  await expect.poll(() => toolbarPopup(popup)).toBe(plain);
});
