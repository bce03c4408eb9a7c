import type { Browser, Page } from 'puppeteer-core';
import type { KitSiteHandle, KitUser } from '../fixture-sites/kit/index';
import { readTableInPage, type SignoffTable } from '../e2e/extension-state';
import { EXTENSION_ORIGIN } from './launch';

/**
 * Puppeteer counterparts of the Chromium suite's page helpers (tests/e2e): the same fixture sites and forms, driven
 * through WebDriver BiDi.
 */

/**
 * Opens an extension page in a new tab. Firefox moves the tab to the extension process on the way, so
 * `page.goto` may report the first frame detached and never resolve: the page is awaited by its content instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url).catch(() => undefined);
  // Polled by hand: an evaluation that meets the process switch fails (Firefox answers with a protocol error) and
  // is simply tried again.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState !== 'loading' && document.querySelector('body *') !== null, url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const openPopup = (browser: Browser) => openExtensionPage(browser, 'popup.html');

/** The visible text of the first element matching `selector`, or undefined. */
export async function textOf(page: Page, selector: string): Promise<string | undefined> {
  return page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText, selector);
}

/** Waits until the element matching `selector` exists and its text contains `text`. */
export async function waitForText(page: Page, selector: string, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (s, t) => Array.from(document.querySelectorAll(s)).some((e) => (e as HTMLElement).innerText.includes(t)),
    { timeout },
    selector,
    text,
  );
}

/** Presses the button whose accessible name is exactly `name`. */
export async function pressButton(page: Page, name: string): Promise<void> {
  await page.locator(`::-p-aria(${name})`).click();
}

/** The slice of Firefox's `browser` namespace these helpers call from an extension page. */
interface ExtensionApi {
  browserAction: { getBadgeText(details: object): Promise<string>; getPopup(details: object): Promise<string> };
  cookies: { getAll(details: { domain: string }): Promise<{ name: string }[]> };
}

/** The toolbar button's badge (Firefox's MV2 `browserAction`), read from an extension page. */
export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.browserAction.getBadgeText({}));
}

/** What a click on the toolbar button opens (utils/popup-snapshot-cache.ts), as a path in the package: `popup.html#…`. */
export async function toolbarPopupPath(page: Page): Promise<string> {
  const url = await page.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.browserAction.getPopup({}));
  return url.slice(`${EXTENSION_ORIGIN}/`.length);
}

/** Whether the popup's own copy of its rows (localStorage) is the snapshot the toolbar popup's address names. */
export async function keptCopyIsNamed(page: Page): Promise<boolean> {
  const kept = await page.evaluate(() => (JSON.parse(localStorage.getItem('popupSnapshot') ?? '{}') as { writtenAt?: number }).writtenAt);
  return kept !== undefined && (await toolbarPopupPath(page)) === `popup.html#${kept}`;
}

/** Names of the cookies Firefox holds for `domain` and its subdomains, read with the extension's cookies API. */
export async function cookieNames(page: Page, domain: string): Promise<string[]> {
  return page.evaluate(
    (d) => (globalThis as unknown as { browser: ExtensionApi }).browser.cookies.getAll({ domain: d }).then((all) => all.map((c) => c.name)),
    domain,
  );
}

/** Reads one of Signoff's IndexedDB tables from an extension page (the same database as the event page's). */
export async function readTable<T>(page: Page, table: SignoffTable): Promise<T[]> {
  return (await page.evaluate(readTableInPage, table)) as T[];
}

/** Signs in on an Amazon fixture host through its two-step form, as a person would. */
export async function signInAmazon(page: Page, host: string, email: string, password: string): Promise<void> {
  await page.goto(`https://${host}/ap/signin`);
  await page.type('#ap_email', email);
  await Promise.all([page.waitForNavigation(), page.click('#continue')]);
  await page.type('#ap_password', password);
  await Promise.all([page.waitForNavigation(), page.click('#signInSubmit')]);
  if (!(await page.$('[data-nav-ref="nav_youraccount_btn"], #nav-greeting-name'))) {
    throw new Error(`Amazon fixture refused ${email}: ${(await textOf(page, '#auth-error-message-box')) ?? page.url()}`);
  }
}

/** Signs in on a kit fixture site through its own form (identifier, "Next" if any, password, submit). */
export async function signInKitSite(page: Page, site: KitSiteHandle, user: Pick<KitUser, 'email' | 'password'> = site.users[0]!): Promise<void> {
  const form = site.signInForm;
  await page.goto(form.url);
  await page.type(form.identifier, user.email);
  if (form.next) {
    await page.click(form.next);
    await page.waitForSelector(`${form.password}, ${form.error}`);
  }
  await page.type(form.password, user.password);
  await Promise.all([page.waitForNavigation(), page.click(form.submit)]);
  const onSignInPage = () => form.pages.includes(new URL(page.url()).origin + new URL(page.url()).pathname);
  const deadline = Date.now() + 15_000;
  while (onSignInPage() && Date.now() < deadline) {
    if (await page.$(form.error)) throw new Error(`${site.name} fixture refused ${user.email}: ${await textOf(page, form.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (onSignInPage()) throw new Error(`${site.name} fixture kept ${user.email} on its sign-in page`);
}
