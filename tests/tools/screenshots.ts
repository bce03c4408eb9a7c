/**
 * `npm run screenshots`: pictures of Signoff for the README and the store listings, in English and Polish (every
 * picture) and Ukrainian (the popup, teaching a site), saved to docs/screenshots/. Not part of CI. It drives the built extension in real Chromium against the fixture sites,
 * through the same flows as the end-to-end tests (tests/e2e/ui-states.ts), so what it shows is what people get.
 * Run `npm run build` first (the npm script does).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectRoot } from '../fixture-sites/paths';
import { expect, expectPanel, nextGuideTab, openOptions, test } from '../e2e/guides-harness';
import { signInAmazon } from '../e2e/harness';
import { signInGeneric, testWithAllHttps, turnOnDetection } from '../e2e/detect-other-sites';
import type { UiLanguage } from '../e2e/launch';
import {
  openSizedPopup,
  popupEmpty,
  popupWithFinishedBatch,
  popupWithProgress,
  popupWithResults,
  popupWithSessions,
} from '../e2e/ui-states';

const OUT_DIR = join(projectRoot, 'docs', 'screenshots');
mkdirSync(OUT_DIR, { recursive: true });

type Scheme = 'light' | 'dark';
const file = (name: string, lang: UiLanguage, scheme: Scheme = 'light') =>
  join(OUT_DIR, `${name}-${lang}${scheme === 'dark' ? '-dark' : ''}.png`);

/** The popup as the browser shows it: as tall as its content, 360 px wide. */
async function shootPopup(popup: Page, name: string, lang: UiLanguage, schemes: Scheme[] = ['light']): Promise<void> {
  // No blinking caret or half-turned spinner frames in the picture.
  await popup.addStyleTag({ content: '*, *::before, *::after { animation-play-state: paused !important; caret-color: transparent !important; }' });
  for (const scheme of schemes) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('body').screenshot({ path: file(name, lang, scheme) });
  }
}

/** Languages shown in every picture; the others only in the popup's (guides speak English or Polish). */
const FULL_SET: readonly UiLanguage[] = ['en', 'pl'];

for (const lang of ['en', 'pl', 'uk'] as const) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ uiLanguage: lang });
    test.setTimeout(120_000);

    test('popup: empty', async ({ page, fixtures, openPopup }) => {
      await shootPopup(await popupEmpty({ page, fixtures, openPopup }), 'popup-empty', lang, ['light', 'dark']);
    });

    test('popup: signed-in sessions', async ({ page, fixtures, openPopup }) => {
      await shootPopup(await popupWithSessions({ page, fixtures, openPopup }), 'popup-sessions', lang, ['light', 'dark']);
    });

    test('popup: a sign-out in progress', async ({ page, fixtures, openPopup }) => {
      await shootPopup(await popupWithProgress({ page, fixtures, openPopup }), 'popup-progress', lang);
    });

    test('popup: outcomes (verified, and removed from this browser only)', async ({ page, fixtures, openPopup }) => {
      test.setTimeout(180_000);
      await shootPopup(await popupWithResults({ page, fixtures, openPopup }), 'popup-outcomes', lang, ['light', 'dark']);
    });

    test('popup: sign out everywhere, summary', async ({ page, fixtures, openPopup }) => {
      await shootPopup(await popupWithFinishedBatch({ page, fixtures, openPopup }), 'popup-everywhere', lang);
    });

    if (!FULL_SET.includes(lang)) return;

    test('guided cancellation: Amazon Prime, the step only the person may press', async ({ page, context, openPopup }) => {
      const host = lang === 'pl' ? 'www.amazon.pl' : 'www.amazon.com';
      const domain = host.replace(/^www\./, '');
      await signInAmazon(page, host, 'jan@example.com', 'haslo123');
      const popup = await openSizedPopup(openPopup);
      const row = popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);
      await expect(row).toBeVisible();
      const { tab, panel } = await nextGuideTab(context, () => row.locator('[data-guide-id="cancel-prime"]').click());
      await expectPanel(panel, 'counter');
      // Open the Prime tile, Manage membership, Update, cancel and more: done for the person.
      for (let i = 0; i < 3; i++) {
        await expectPanel(panel, 'do-it');
        const step = await panel.text('counter');
        await panel.click('do-it');
        await expect.poll(() => panel.text('counter')).not.toBe(step); // The panel moved on to the next step.
      }
      await expectPanel(panel, 'only-you');
      await tab.mouse.move(0, 0);
      await expect.poll(() => panel.highlight()).toBeTruthy(); // The person's control is outlined on the page.
      await tab.screenshot({ path: file('guide-prime', lang) });
    });

    test('options page', async ({ context, extensionId }) => {
      const options = await openOptions(context, extensionId);
      await options.setViewportSize({ width: 900, height: 900 });
      await expect(options.getByTestId('mode-chooser')).toBeVisible();
      await options.getByRole('radio').first().check();
      await options.locator('#keep-domain').fill('mail.example.com');
      await options.locator('form.add button[type="submit"]').click();
      await expect(options.getByTestId('keep-list')).toContainText('mail.example.com');
      await options.locator('#keep-domain').blur();
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        await options.screenshot({ path: file('options', lang, scheme), fullPage: true });
      }
    });

    test('privacy policy page', async ({ context, extensionId }) => {
      const privacy = await context.newPage();
      await privacy.setViewportSize({ width: 900, height: 700 });
      await privacy.goto(`chrome-extension://${extensionId}/privacy.html`);
      await expect(privacy.getByTestId('privacy-policy')).toBeVisible();
      await privacy.screenshot({ path: file('privacy', lang), fullPage: true });
    });
  });
}

/** Teaching Signoff a sign-out (issue #15): the recording bar on the site, and the review of what was recorded. */
for (const lang of [...FULL_SET, 'uk'] as const) {
  testWithAllHttps.describe(`screenshots: teach a site (${lang})`, () => {
    testWithAllHttps.use({ uiLanguage: lang });
    testWithAllHttps.setTimeout(120_000);

    testWithAllHttps('recording bar and review', async ({ page, context, extensionId, openPopup, fixtures }) => {
      const site = fixtures.dziennikSzkolny;
      await turnOnDetection(context, extensionId);
      await signInGeneric(page, site);
      const popup = await openPopup();
      const [teach] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('teach-link').click()]);
      await teach.setViewportSize({ width: 760, height: 640 });
      await teach.locator('button.primary').click(); // "Start recording"
      await page.setViewportSize({ width: 900, height: 560 });
      await expect(page.locator('signoff-recorder')).toHaveCount(1);
      await page.getByRole('button', { name: 'Konto' }).click();
      await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(teach.getByTestId('teach-steps').locator('li')).toHaveCount(2); // The bar shows the same two steps.
      await page.screenshot({ path: file('teach-bar', lang) });
      await page.getByRole('button', { name: 'Tak, wyloguj' }).click();
      await expect(teach.getByTestId('teach-review')).toBeVisible();
      await teach.getByTestId('teach-review').locator('input').fill('Dziennik Szkolny');
      await teach.screenshot({ path: file('teach-review', lang), fullPage: true });
    });
  });
}
