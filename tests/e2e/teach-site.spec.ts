import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { SessionRow } from '../../utils/db-schema';
import { genericUser, type GenericFixtureSite } from '../fixture-sites/generic/index';
import { projectTmpDir } from '../fixture-sites/paths';
import { ALL_HTTPS, signInGeneric, testWithAllHttps as test, turnOnDetection } from './detect-other-sites';
import { readTable } from './extension-state';
import { expect } from './harness';
import { launchWithExtension } from './launch';
import { launchWithGrantedOrigins } from './optional-permission';

/**
 * Issue #15, end to end in Chromium: a school e-register without a recipe, whose sign-out is an icon-only menu
 * button (generated class names), "Wyloguj", then a confirmation dialog. One test, several checks, to keep CI lean.
 */

const PASSWORD = 'S3cret-Haslo!';
const DOMAIN = 'dziennik-szkolny.pl';
const RECIPE_ID = 'taught-dziennik-szkolny-pl';

/** Everything Signoff keeps: storage.local and every table of its database, as one text. */
async function everythingStored(extension: Page): Promise<string> {
  const local = await extension.evaluate(() => chrome.storage.local.get(null));
  const tables = await Promise.all((['sessions', 'jobs', 'audit', 'batches'] as const).map((name) => readTable(extension, name)));
  return JSON.stringify({ local, tables });
}

async function openTeachPage(context: BrowserContext, popup: Page, link = 'teach-link'): Promise<Page> {
  const [teach] = await Promise.all([context.waitForEvent('page'), popup.getByTestId(link).click()]);
  await teach.waitForLoadState('domcontentloaded');
  await expect(teach).toHaveURL(/\/teach\.html/); // Not some other tab that opened at the same moment.
  return teach;
}

/** The recorder's bar is in the page (its closed shadow root cannot be read, which is the point). */
const recorderIn = (page: Page) => page.locator('signoff-recorder');

async function openMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Konto' }).click();
  await expect(page.getByRole('menuitem', { name: 'Wyloguj' })).toBeVisible();
}

test('teach a site: record its sign-out once, replay it verified, share it as a recipe', async ({
  page,
  context,
  extensionId,
  openPopup,
  fixtures,
  uiLanguage,
}) => {
  test.setTimeout(150_000);
  const site = fixtures.dziennikSzkolny;

  // 0. Detection of other sites is off: no row, but the popup over the site's tab offers teaching it, honestly
  // ("if you are signed in"); the recording starts in that very tab once Signoff has access to that host.
  await signInGeneric(page, site);
  const overTab = await openPopup();
  await page.bringToFront(); // The popup is a tab here: the site's tab must be the window's shown one when it asks.
  await overTab.reload();
  await expect(overTab.getByTestId('teach-here')).toContainText(`If you are signed in to ${site.host}`);
  const fromTab = await openTeachPage(context, overTab, 'teach-here-link');
  await expect(fromTab.getByTestId('teach-tab-access')).toContainText(site.host);
  await fromTab.getByRole('button', { name: 'Start recording' }).click();
  await expect(fromTab.getByTestId('teach-recording')).toBeVisible();
  await expect(recorderIn(page)).toHaveCount(1);
  await fromTab.getByRole('button', { name: 'Discard' }).click();
  await Promise.all([fromTab.close(), overTab.close()]);
  await context.clearCookies();
  site.reset();

  await turnOnDetection(context, extensionId);
  await signInGeneric(page, site);
  const popup = await openPopup();
  // The generic row comes with the detector's next allowed look at the site: wait for it as long as the site specs do.
  await expect(popup.getByTestId('teach-link')).toHaveText('Teach Signoff how to sign out here', { timeout: 20_000 });

  // 1. A recording that ends on "Usuń konto" is refused, with an explanation; nothing is saved.
  let teach = await openTeachPage(context, popup);
  await teach.getByRole('button', { name: 'Start recording' }).click();
  await expect(teach.getByTestId('teach-recording')).toBeVisible();
  await expect(recorderIn(page)).toHaveCount(1);
  await openMenu(page);
  await page.getByRole('menuitem', { name: 'Usuń konto' }).click();
  await expect(teach.getByTestId('teach-refused')).toContainText('“Usuń konto” deletes, closes or cancels something');
  expect(await teach.evaluate(() => chrome.storage.local.get('importedRecipes'))).toEqual({});
  await teach.getByRole('button', { name: 'Record again' }).click();

  // 2. Record the real sign-out; a password typed into the dialog is never recorded.
  await page.goto(`https://${site.host}/`);
  await teach.getByRole('button', { name: 'Start recording' }).click();
  await expect(recorderIn(page)).toHaveCount(1);
  await openMenu(page);
  await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
  await page.getByLabel('Hasło (opcjonalnie)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tak, wyloguj' }).click();
  await page.waitForURL(`https://${site.host}/logowanie`);
  expect(site.activeSessions()).toHaveLength(0);

  // 3. Review in plain words, checked as an imported recipe; save under a name.
  const review = teach.getByTestId('teach-review');
  await expect(review).toBeVisible();
  await expect(teach.getByTestId('teach-steps').locator('li')).toHaveText(['open the menu “Konto”', 'press “Wyloguj”', 'press “Tak, wyloguj”']);
  await expect(teach.getByTestId('teach-domain')).toHaveText(`Site: ${DOMAIN}`);
  await expect(teach.getByTestId('teach-cookies')).toHaveText('Sign-in cookies (names only): DZIENNIKSESSID, dziennik_remember');
  await review.getByLabel('Name').fill('Dziennik Szkolny');
  await review.getByRole('button', { name: 'Save recipe' }).click();
  await expect(teach.getByTestId('teach-saved')).toContainText('Saved as the recipe “Dziennik Szkolny”');
  expect(await everythingStored(teach)).not.toContain(PASSWORD);

  // 4. Sign in again; the site ships a new build (every class name changes); "Try it" signs out, verified.
  site.rebuild();
  await signInGeneric(page, site);
  await expect
    .poll(async () => (await readTable<SessionRow>(teach, 'sessions')).some((row) => row.id === `${RECIPE_ID}:${DOMAIN}`), { timeout: 20_000 })
    .toBe(true);
  await teach.getByRole('button', { name: 'Try it' }).click();
  await expect(teach.getByTestId('teach-trial').locator('[data-outcome]')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
  expect(site.activeSessions()).toHaveLength(0); // The server ended the session.
  expect(site.signOuts).toBe(2);

  // 5. Export: the file holds the recipe, never the password, and a fresh profile imports it and signs out with it.
  const [download] = await Promise.all([teach.waitForEvent('download'), teach.getByRole('button', { name: 'Export recipe file' }).click()]);
  const file = join(await mkdtemp(join(projectTmpDir('profiles'), 'export-')), `${RECIPE_ID}.json`);
  await download.saveAs(file);
  const exported = await readFile(file, 'utf8');
  expect(exported).not.toContain(PASSWORD);
  expect(JSON.parse(exported)).toMatchObject({ id: RECIPE_ID, name: 'Dziennik Szkolny', sites: [{ domain: DOMAIN, authCookies: ['DZIENNIKSESSID', 'dziennik_remember'] }] });
  expect(site.decoyRequests).toBe(1); // Only the person's own press in step 1; Signoff never went there.

  await signOutInFreshProfile(site, file, fixtures.server.hostResolverRules, uiLanguage);
  expect(site.decoyRequests).toBe(1);
});

async function signOutInFreshProfile(site: GenericFixtureSite, file: string, hostResolverRules: string, uiLanguage: 'en' | 'pl' | 'uk' | 'de') {
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'profile-'));
  const launch = () => launchWithExtension({ profileDir, hostResolverRules, uiLanguage, headless: true });
  const context = await launchWithGrantedOrigins(launch, profileDir, [ALL_HTTPS]);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[type="file"]').setInputFiles(file);
    await options.getByRole('button', { name: /Dziennik Szkolny/ }).click();
    await expect(options.getByTestId('imported-recipes')).toContainText(`Dziennik Szkolny (${DOMAIN})`);

    const page = await context.newPage();
    await page.goto(`https://${site.host}${site.signIn.path}`);
    await page.locator(site.signIn.email).fill(genericUser.email);
    await page.locator(site.signIn.password).fill(genericUser.password);
    await page.locator(site.signIn.submit).click();
    await page.waitForURL(`https://${site.host}/`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: `Sign out of Dziennik Szkolny (${DOMAIN})` }).click();
    const result = popup.locator('[data-testid="result-row"]').filter({ hasText: `(${DOMAIN})` });
    await expect(result).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
    expect(site.activeSessions()).toHaveLength(0);
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
