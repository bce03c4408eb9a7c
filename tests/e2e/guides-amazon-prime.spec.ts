import type { Page } from '@playwright/test';
import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { marketplaceForHost } from '../fixture-sites/amazon/marketplaces';
import { signInAmazon } from './harness';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test } from './guides-harness';

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const sessionRow = (popup: Page, domain: string) => popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);

test.describe('Guide: cancel Amazon Prime', () => {
  test.describe('Polish interface on amazon.pl', () => {
    test.use({ uiLanguage: 'pl' });

    test('from the popup: safe steps done for the person, offers declined, every final button pressed by the person, receipt with screenshot', async ({
      page,
      context,
      openPopup,
      fixtures,
    }) => {
      const amazon = fixtures.amazon;
      const m = marketplaceForHost(PL)!;
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      const popup = await openPopup();
      const row = sessionRow(popup, 'amazon.pl');
      await expect(row.getByRole('button', { name: 'Anuluj Prime… — Amazon (amazon.pl)' })).toBeVisible();

      const { tab, panel } = await nextGuideTab(context, () => row.getByRole('button', { name: /^Anuluj Prime…/ }).click());
      // Your Account is open: the first step is done, the panel asks for the Prime tile, in Polish.
      await expectPanel(panel, 'title', 'Anuluj Amazon Prime');
      await expectPanel(panel, 'instruction', 'Otwórz kafelek „Prime”');
      await expectPanel(panel, 'counter', 'Krok 2 z 8');
      expect(await panel.highlight()).toBeTruthy();

      await panel.click('do-it');
      await tab.waitForURL(/\/gp\/primecentral/);
      await expectPanel(panel, 'instruction', 'Zarządzaj członkostwem');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Zmień, anuluj i więcej');
      await panel.click('do-it');

      // "End membership" is the person's decision: highlighted, explained, never offered as "Do it for me".
      await expectPanel(panel, 'instruction', 'Zakończ członkostwo');
      await expectPanel(panel, 'only-you', 'Signoff nigdy nie naciśnie go za Ciebie');
      await expectPanel(panel, 'control-label', 'Zakończ członkostwo');
      expect(await panel.has('do-it')).toBe(false);
      await tab.locator('#mcx-end-membership').click();

      // The first retention offer: recognised, and the panel says which button declines it.
      await expectPanel(panel, 'retention', 'Kontynuuj anulowanie');
      await expectPanel(panel, 'retention', 'tańszy plan roczny');
      await panel.click('do-it');

      await expectPanel(panel, 'instruction', 'Zakończ moje korzyści');
      expect(await panel.has('do-it')).toBe(false);
      await tab.locator('#mcx-end-benefits').click();

      // The second offer (pause instead): this time the person declines it themselves.
      await expectPanel(panel, 'retention', 'wstrzymanie zamiast anulowania');
      await tab.getByRole('button', { name: 'Kontynuuj anulowanie' }).click();

      await expectPanel(panel, 'instruction', 'Naciśnij „Anuluj subskrypcję”');
      expect(await panel.has('do-it')).toBe(false);
      // Signoff waits for the person: a while later nothing has been pressed and the membership is still active.
      await tab.waitForTimeout(1_500);
      expect(amazon.guides.membership(m, 'jan@example.com').status).toBe('active');
      await tab.locator('#mcx-cancel-subscription').click();

      await expectPanel(panel, 'instruction', 'Naciśnij ponownie „Anuluj subskrypcję”');
      expect(await panel.has('do-it')).toBe(false);
      await tab.waitForTimeout(1_000);
      expect(amazon.guides.membership(m, 'jan@example.com').status).toBe('active');
      await tab.locator('#mcx-confirm-cancel').click();

      // The result page says when the benefits end; the panel recognises it and keeps a receipt.
      await expect(tab.locator('#mcx-cancel-confirmation')).toContainText('Korzyści Prime wygasają 21 grudnia 2026');
      await expectPanel(panel, 'ending', 'Gotowe');
      await expectPanel(panel, 'receipt', 'Potwierdzenie ze zrzutem ekranu zapisane');

      const membership = amazon.guides.membership(m, 'jan@example.com');
      expect(membership).toMatchObject({ status: 'ended', plan: 'monthly' });
      // Every final button was pressed by a person's (trusted) click, none by a script.
      expect(amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([
        ['end-benefits', 'person'],
        ['cancel-subscription', 'person'],
        ['confirm-cancel', 'person'],
      ]);

      const options = await openOptions(context, new URL(popup.url()).host);
      const receipts = await readGuideTable<ReceiptRow>(options, 'receipts');
      expect(receipts).toHaveLength(1);
      expect(receipts[0]).toMatchObject({
        recipeId: 'amazon',
        guideId: 'cancel-prime',
        domain: 'amazon.pl',
        what: { pl: 'Członkostwo Amazon Prime' },
        url: `https://${PL}/mc/pipelines/cancellation/confirmation`,
      });
      expect(receipts[0]!.confirmationText).toContain('Korzyści Prime wygasają 21 grudnia 2026');
      expect(receipts[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/);
      const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
      expect(runs).toMatchObject([{ status: 'completed', offersSeen: ['annual-plan', 'pause'] }]);
      // The screenshot taken, access to every site is given back (issue #11 §7).
      await expect.poll(() => options.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }))).toBe(false);
    });
  });

  test('amazon.com in English, started from the options page while signed out: the guide asks to sign in and goes on after', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
    await card.getByLabel('Site').selectOption('amazon.com');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: 'Cancel Amazon Prime — amazon.com' }).click());

    await expectPanel(panel, 'sign-in', 'You are not signed in to Amazon (amazon.com)');
    await tab.locator('#ap_email').fill('anna@example.com');
    await tab.locator('#continue').click();
    await tab.locator('#ap_password').fill('haslo123');
    await tab.locator('#signInSubmit').click();

    // Amazon returns to Your Account after the sign-in: the guide goes on there.
    await expectPanel(panel, 'instruction', 'Open the “Prime” tile.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Manage membership');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Update, cancel and more');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Press “End membership”');
    await tab.locator('#mcx-end-membership').click();
    await expectPanel(panel, 'retention', 'press “Continue to cancel”');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'End my benefits');
    await tab.getByRole('button', { name: 'End my benefits' }).click();
    await expectPanel(panel, 'retention', 'pausing instead of cancelling');
    await panel.click('do-it');
    await tab.getByRole('button', { name: 'Cancel subscription' }).click();
    await expectPanel(panel, 'instruction', 'Press “Cancel subscription” again');
    await tab.locator('#mcx-confirm-modal').getByRole('button', { name: 'Cancel subscription' }).click();

    await expect(tab.locator('#mcx-cancel-confirmation')).toContainText('Your benefits end on 21 December 2026');
    await expectPanel(panel, 'ending', 'Amazon confirmed that your Prime membership is cancelled');
    const m = marketplaceForHost(COM)!;
    expect(fixtures.amazon.guides.membership(m, 'anna@example.com').status).toBe('ended');
    expect(fixtures.amazon.guides.finalPresses().every((press) => press.pressedBy === 'person')).toBe(true);

    // The receipt is listed on the options page and exported as JSON.
    await options.reload();
    const receipt = options.locator('[data-testid="receipt"]');
    await expect(receipt).toHaveCount(1);
    await expect(receipt).toContainText('Amazon Prime membership');
    await expect(receipt).toContainText('Amazon (amazon.com)');
    await expect(receipt).toContainText('Your benefits end on 21 December 2026');
    await expect(receipt.locator('img[data-field="screenshot"]')).toBeVisible();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export receipts (JSON)' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(file, 'utf8')) as { receipts: ReceiptRow[] };
    expect(exported.receipts).toHaveLength(1);
    expect(exported.receipts[0]).toMatchObject({ domain: 'amazon.com', guideId: 'cancel-prime', url: `https://${COM}/mc/pipelines/cancellation/confirmation` });
    expect(exported.receipts[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/);

    // The printable page shows it too, with a Print button.
    const printable = context.waitForEvent('page');
    await options.getByRole('button', { name: 'Printable page' }).click();
    const print = await printable;
    await expect(print.locator('.receipt')).toContainText('Your benefits end on 21 December 2026');
    await expect(print.getByRole('button', { name: 'Print' })).toBeVisible();
    void page;
  });

  test('a control the page no longer shows: after a while the panel says what it expected and gives the manual instructions', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    fixtures.amazon.guides.controls.primeRedesigned = true;
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
    await card.getByLabel('Site').selectOption('amazon.com');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: 'Cancel Amazon Prime — amazon.com' }).click());
    await expectPanel(panel, 'instruction', 'Open the “Prime” tile.');
    await panel.click('do-it');
    await tab.waitForURL(/\/gp\/primecentral/);
    await expectPanel(panel, 'instruction', 'Press “Manage membership”.');
    // Not found: no highlight, no "Do it for me", and no silent failure either.
    expect(await panel.has('do-it')).toBe(false);
    expect(await panel.highlight()).toBeUndefined();
    await expectPanel(panel, 'manual', 'Signoff cannot find this on the page. It expected: Press “Manage membership”.', 25_000);
    await expectPanel(panel, 'manual-text', 'On the Prime membership page, open the menu “Manage membership” near the top.');
    // The person finds the redesigned control; the guide follows the page from there.
    await tab.locator('#mcx-settings-gear').click();
    await expectPanel(panel, 'instruction', 'Update, cancel and more');
    expect(await panel.has('manual')).toBe(false);
  });
});
