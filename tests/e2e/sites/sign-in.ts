import { expect, type Page } from '@playwright/test';
import type { KitSiteHandle, KitUser } from '../../fixture-sites/kit/index';

/**
 * Signs in on a kit fixture site through its own form, as a person would: identifier, ("Next",) password,
 * submit. Resolves once the browser has left the sign-in pages; throws with the site's message if refused.
 */
export async function signInThroughForm(page: Page, site: KitSiteHandle, user: Pick<KitUser, 'email' | 'password'>): Promise<void> {
  const form = site.signInForm;
  const error = page.locator(form.error);
  const refused = async () => {
    if ((await error.count()) > 0) throw new Error(`${site.name} fixture refused ${user.email}: ${await error.first().innerText()}`);
  };
  await page.goto(form.url);
  await page.locator(form.identifier).fill(user.email);
  if (form.next) {
    await page.locator(form.next).click();
    await page.locator(form.password).or(error).first().waitFor();
    await refused();
  }
  await page.locator(form.password).fill(user.password);
  await page.locator(form.submit).click();
  const onSignInPage = () => form.pages.includes(new URL(page.url()).origin + new URL(page.url()).pathname);
  await expect
    .poll(async () => ((await error.count()) > 0 ? 'refused' : onSignInPage() ? 'waiting' : 'left'), { timeout: 15_000 })
    .not.toBe('waiting');
  await refused();
  await page.waitForLoadState('load');
}
