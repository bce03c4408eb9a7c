import type { Page } from '@playwright/test';
import { expect, signInAmazon, type SiteFixtures } from './harness';
import { signInThroughForm } from './sites/sign-in';

/**
 * The popup in the states people see it in, reached through the real flows against the fixture sites (no rows
 * written into the database by hand): used by the accessibility spec and by the screenshots (tests/tools/).
 * Each function leaves the popup open on that state and returns it.
 */

/** The popup's real width is set by its body (360 px); the height is what a browser gives a popup at most. */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

export interface UiStateArgs {
  page: Page;
  fixtures: SiteFixtures;
  openPopup: () => Promise<Page>;
}

export const sessionRows = (popup: Page) => popup.locator('[data-testid="session-row"]');
export const resultRows = (popup: Page) => popup.locator('[data-testid="result-row"]');

/** Opens the popup at a popup's size and waits until it has read the database. */
export async function openSizedPopup(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await expect(popup.locator('main.popup')).toBeVisible();
  await expect(popup.locator('.loading')).toHaveCount(0);
  return popup;
}

/** Jan on amazon.pl, Anna on amazon.com and a GitHub account: three sessions, two sites, guides and account flows. */
export async function signInThree({ page, fixtures }: Pick<UiStateArgs, 'page' | 'fixtures'>): Promise<void> {
  await signInAmazon(page, 'www.amazon.pl', 'jan@example.com', 'haslo123');
  await signInAmazon(page, 'www.amazon.com', 'anna@example.com', 'haslo123');
  await signInThroughForm(page, fixtures.github, fixtures.github.users[0]!);
  await page.goto('about:blank');
}

/** Nobody signed in yet: the empty state. */
export async function popupEmpty({ openPopup }: UiStateArgs): Promise<Page> {
  const popup = await openSizedPopup(openPopup);
  await expect(popup.getByTestId('empty-state')).toBeVisible();
  return popup;
}

/** Three sessions listed. */
export async function popupWithSessions(args: UiStateArgs): Promise<Page> {
  await signInThree(args);
  const popup = await openSizedPopup(args.openPopup);
  await expect(sessionRows(popup)).toHaveCount(3);
  return popup;
}

/** One sign-out under way (the site answers its sign-out slowly), the other sessions waiting. */
export async function popupWithProgress(args: UiStateArgs): Promise<Page> {
  const popup = await popupWithSessions(args);
  args.fixtures.amazon.controls.signOutDelayMs = 120_000;
  await popup.locator('[data-session-id="amazon:amazon.pl"]').getByRole('button').last().click();
  await expect(popup.locator('[data-session-id="amazon:amazon.pl"] [data-testid="job-progress"]')).toBeVisible({ timeout: 15_000 });
  return popup;
}

/**
 * Finished sign-outs of both kinds: GitHub and amazon.pl signed out and verified; amazon.com's sign-out removed
 * from the site, so Signoff falls back and says it only removed the site from this browser.
 */
export async function popupWithResults(args: UiStateArgs): Promise<Page> {
  const popup = await popupWithSessions(args);
  const signOut = async (sessionId: string, outcome: string, domain: string) => {
    await popup.locator(`[data-session-id="${sessionId}"]`).getByRole('button').last().click();
    await expect(resultRows(popup).filter({ hasText: `(${domain})` })).toHaveAttribute('data-outcome', outcome, { timeout: 60_000 });
  };
  await signOut('github:github.com', 'verified', 'github.com');
  await signOut('amazon:amazon.pl', 'verified', 'amazon.pl');
  args.fixtures.amazon.controls.signOutRemoved = true;
  await signOut('amazon:amazon.com', 'cleared', 'amazon.com');
  await expect(sessionRows(popup)).toHaveCount(0);
  return popup;
}

/** "Sign out everywhere" pressed while the sites answer slowly: the batch's progress. */
export async function popupWithRunningBatch(args: UiStateArgs): Promise<Page> {
  const popup = await popupWithSessions(args);
  args.fixtures.amazon.controls.signOutDelayMs = 120_000;
  await popup.locator('.everywhere-actions button.primary').click();
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'false');
  await expect(popup.locator('[data-testid="job-progress"]').first()).toBeVisible({ timeout: 15_000 });
  return popup;
}

/** "Sign out everywhere" finished: the summary above the results. */
export async function popupWithFinishedBatch(args: UiStateArgs): Promise<Page> {
  const popup = await popupWithSessions(args);
  await popup.locator('.everywhere-actions button.primary').click();
  await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
  await expect(resultRows(popup)).toHaveCount(3);
  return popup;
}
