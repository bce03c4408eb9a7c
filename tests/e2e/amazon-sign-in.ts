import type { Page } from '@playwright/test';

/**
 * Signs in on an Amazon fixture host through its real two-step form, as a person would. Plain Playwright (no
 * test runner), so the demo uses it too.
 */
export async function signInAmazon(page: Page, host: string, email: string, password: string): Promise<void> {
  await page.goto(`https://${host}/ap/signin`);
  const error = page.locator('#auth-error-message-box');
  await page.locator('#ap_email').fill(email);
  await page.locator('#continue').click();
  await page.locator('#ap_password').or(error).waitFor();
  if (await error.isVisible()) throw new Error(`Amazon fixture refused ${email}: ${await error.innerText()}`);
  await page.locator('#ap_password').fill(password);
  await page.locator('#signInSubmit').click();
  // Desktop greets in "Account & Lists"; the mobile site greets in #nav-greeting-name.
  await page.locator('[data-nav-ref="nav_youraccount_btn"]').or(page.locator('#nav-greeting-name')).or(error).first().waitFor();
  if (await error.isVisible()) throw new Error(`Amazon fixture refused ${email}: ${await error.innerText()}`);
}
