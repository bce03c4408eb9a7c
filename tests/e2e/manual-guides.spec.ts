import type { Page } from '@playwright/test';
import { expect, signInAmazon, test } from './harness';

/**
 * Issue #16 §3: the Amazon row links to manual guides for signing out of Amazon outside the browser (the app on a
 * phone or tablet, the app on Windows); they open as a page of their own in the interface's language, and the
 * options page lists them.
 */

const PL = 'www.amazon.pl';

test.describe('Manual guides: Amazon outside the browser', () => {
  test.use({ uiLanguage: 'pl' });

  test('the Amazon row opens the phone and Windows steps in Polish, and the options page lists both', async ({ page, context, openPopup, extensionId }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    const popup = await openPopup();
    const row = popup.locator('[data-testid="session-row"][data-session-id="amazon:amazon.pl"]');
    const link = row.getByRole('link', { name: 'Aplikacja w telefonie lub Windows… — Amazon (amazon.pl)' });
    await expect(link).toBeVisible();

    const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/manual-guides.html') });
    await link.click();
    const guidePage: Page = await opened;
    await guidePage.waitForLoadState('domcontentloaded');
    expect(new URL(guidePage.url()).search).toBe('?site=amazon');
    await expect(guidePage.getByRole('heading', { level: 1 })).toHaveText('Wylogowanie z Amazon poza przeglądarką');
    const phone = guidePage.locator('[data-testid="manual-guide"][data-guide-id="amazon-app-phone"]');
    await expect(phone.getByRole('heading', { level: 2 })).toHaveText('Aplikacja Amazon na telefonie lub tablecie (Android, iOS)');
    await expect(phone.getByRole('listitem').filter({ hasText: 'Ustawienia' })).toHaveText('Wybierz „Ustawienia”.');
    await expect(phone.getByRole('listitem').nth(3)).toHaveText('Stuknij „Nie jesteś [Twoje imię]? Wyloguj się”.');
    const windows = guidePage.locator('[data-testid="manual-guide"][data-guide-id="amazon-app-windows"]');
    await expect(windows.getByRole('listitem').nth(1)).toHaveText('Kliknij „Cześć, [Twoje imię]” w prawym górnym rogu.');
    await expect(windows.getByTestId('manual-without-device')).toContainText('Signoff nie ma jeszcze przewodnika');
    // Polish interface, Polish steps: no note that the steps are in English.
    await expect(guidePage.getByTestId('manual-steps-language')).toHaveCount(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const section = options.getByTestId('manual-guides-section');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Poza przeglądarką: aplikacje na telefonie, tablecie i w Windows');
    await expect(section.getByTestId('manual-guide-card')).toHaveText([
      /Aplikacja Amazon na telefonie lub tablecie/,
      /Aplikacja Amazon w systemie Windows/,
    ]);
    const fromOptions = context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('#amazon-app-windows') });
    await section.locator('[data-guide-id="amazon-app-windows"]').getByRole('link', { name: 'Pokaż kroki' }).click();
    const windowsPage = await fromOptions;
    await expect(windowsPage.locator('#amazon-app-windows h2')).toHaveText('Aplikacja Amazon w systemie Windows');
  });
});

test.describe('Manual guides in a Ukrainian interface', () => {
  test.use({ uiLanguage: 'uk' });

  test('the page speaks Ukrainian and shows the steps in English, saying so', async ({ page, context, openPopup }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    const popup = await openPopup();
    const link = popup.locator('[data-session-id="amazon:amazon.pl"]').getByTestId('manual-guides-link');
    await expect(link).toHaveText('Застосунок на телефоні чи у Windows…');
    const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/manual-guides.html') });
    await link.click();
    const guidePage = await opened;
    await expect(guidePage.getByRole('heading', { level: 1 })).toHaveText('Вихід із Amazon поза браузером');
    await expect(guidePage.getByTestId('manual-steps-language')).toHaveText('Кроки подано англійською мовою.');
    await expect(guidePage.locator('#amazon-app-phone li').nth(3)).toHaveText('Tap “Not [your name]? Sign out”.');
  });
});
