import type { Locator, Page } from '@playwright/test';
import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { marketplaceForHost } from '../fixture-sites/amazon/marketplaces';
import type { GuidePanelDriver } from './guide-panel';
import { signInAmazon } from './harness';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test, waitForReceipts } from './guides-harness';

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const sessionRow = (popup: Page, domain: string) => popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);

/** The panel's highlight is drawn over `element` (its rectangle covers the element's centre). */
async function expectHighlightOver(panel: GuidePanelDriver, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  await expect
    .poll(async () => {
      const rect = await panel.highlight();
      if (!rect || !box) return false;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      return cx >= rect.x && cx <= rect.x + rect.width && cy >= rect.y && cy <= rect.y + rect.height;
    })
    .toBe(true);
}

test.describe('Guide: cancel Amazon Prime', () => {
  test.describe('Polish interface on amazon.pl', () => {
    test.use({ uiLanguage: 'pl' });

    test("today's EU flow in two clicks: the Prime tile (never the nav bar's sign-up link), safe steps done for the person, “End membership” and “End on <date>” pressed by the person, receipt", async ({
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
      await expectPanel(panel, 'title', 'Anuluj Amazon Prime');
      await expectPanel(panel, 'instruction', 'Otwórz kafelek „Prime”');
      await expectPanel(panel, 'counter', 'Krok 2 z 6');
      // The tile Amazon marks div[data-card-identifier="Prime"], not the menu bar's "Prime" (the sign-up page).
      await expectHighlightOver(panel, tab.locator('a.ya-card__whole-card-link:has([data-card-identifier="Prime"])'));

      await panel.click('do-it');
      await tab.waitForURL(/\/gp\/subs\/primeclub\/account\/homepage\.html/);
      // The Polish label has no public evidence: the instruction describes the control and names the English one.
      await expectPanel(panel, 'instruction', 'przycisk zarządzania członkostwem');
      await expectHighlightOver(panel, tab.locator('.mcx-nav__toggle'));
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'pozycję aktualizacji i anulowania');
      await panel.click('do-it');

      // "End membership" is the person's decision: highlighted, explained, never offered as "Do it for me".
      await expectPanel(panel, 'instruction', 'przycisk kończący członkostwo');
      await expectPanel(panel, 'only-you', 'Signoff nigdy nie naciśnie go za Ciebie');
      expect(await panel.has('do-it')).toBe(false);
      await tab.locator('#mcx-end-membership').click();

      // The second click is the last page: "End on <date>" / "End now" beside "Keep my membership" / "Remind me later".
      await expectPanel(panel, 'instruction', 'Wybierz, jak kończy się Prime');
      await expectPanel(panel, 'counter', 'Krok 6 z 6');
      expect(await panel.has('do-it')).toBe(false);
      await expectHighlightOver(panel, tab.locator('#mcx-end-on'));
      // Signoff waits for the person: a while later nothing has been pressed and the membership is still active.
      await tab.waitForTimeout(1_500);
      expect(amazon.guides.membership(m, 'jan@example.com').status).toBe('active');
      await tab.locator('#mcx-end-on').click();

      await expect(tab.locator('#mcx-cancel-confirmation')).toContainText('Korzyści Prime wygasają 21 grudnia 2026');
      await expectPanel(panel, 'ending', 'Gotowe');
      await expectPanel(panel, 'receipt', 'Potwierdzenie ze zrzutem ekranu zapisane');
      expect(amazon.guides.membership(m, 'jan@example.com')).toMatchObject({ status: 'ended', plan: 'monthly' });
      expect(amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([['end-on', 'person']]);

      const options = await openOptions(context, new URL(popup.url()).host);
      const receipts = await waitForReceipts(options);
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
      expect(runs).toMatchObject([{ status: 'completed', offersSeen: [] }]);
    });

    test("the seed's older chain is still recognised: “End my benefits”, then “Cancel subscription” and again in the dialog, each pressed by the person", async ({
      page,
      context,
      extensionId,
      fixtures,
    }) => {
      const amazon = fixtures.amazon;
      amazon.guides.controls.primeFlow = 'seed';
      const m = marketplaceForHost(PL)!;
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      const options = await openOptions(context, extensionId);
      const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
      await card.getByLabel('Serwis').selectOption('amazon.pl');
      const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Anuluj Amazon Prime — amazon\.pl/ }).click());
      for (const instruction of ['Otwórz kafelek „Prime”', 'przycisk zarządzania członkostwem', 'pozycję aktualizacji i anulowania']) {
        await expectPanel(panel, 'instruction', instruction);
        await panel.click('do-it');
      }
      await expectPanel(panel, 'instruction', 'przycisk kończący członkostwo');
      await tab.locator('#mcx-end-membership').click();

      await expectPanel(panel, 'retention', 'tańszy plan roczny');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Starsza ścieżka: Amazon wymienia, co stracisz');
      expect(await panel.has('do-it')).toBe(false);
      await expectHighlightOver(panel, tab.locator('#mcx-end-benefits'));
      await tab.locator('#mcx-end-benefits').click();
      await expectPanel(panel, 'retention', 'wstrzymanie zamiast anulowania');
      await tab.getByRole('button', { name: 'Kontynuuj anulowanie' }).click();

      await expectPanel(panel, 'instruction', 'Starsza ścieżka: naciśnij przycisk anulowania subskrypcji');
      expect(await panel.has('do-it')).toBe(false);
      await tab.waitForTimeout(1_000);
      expect(amazon.guides.membership(m, 'jan@example.com').status).toBe('active');
      await tab.locator('#mcx-cancel-subscription').click();
      await expectPanel(panel, 'instruction', 'Naciśnij ponownie przycisk anulowania subskrypcji w okienku');
      await expectHighlightOver(panel, tab.locator('#mcx-confirm-cancel'));
      await tab.locator('#mcx-confirm-cancel').click();

      await expectPanel(panel, 'ending', 'Amazon potwierdził anulowanie członkostwa Prime');
      expect(amazon.guides.membership(m, 'jan@example.com').status).toBe('ended');
      expect(amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([
        ['end-benefits', 'person'],
        ['cancel-subscription', 'person'],
        ['confirm-cancel', 'person'],
      ]);
      const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
      expect(runs).toMatchObject([{ status: 'completed', offersSeen: ['annual-plan', 'pause'] }]);
      // The screenshot taken, access to every site is given back (issue #11 §7).
      await expect.poll(() => options.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }))).toBe(false);
    });
  });

  test('amazon.com in English, started from the options page while signed out: sign in, offers declined by safe presses, “End on <date>” by the person, receipt exported', async ({
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
    await expectPanel(panel, 'instruction', 'Press “Manage membership”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Press “Update, cancel and more”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Press “End membership”');
    await tab.locator('#mcx-end-membership').click();
    // amazon.com keeps its offers: each is declined by its "Continue to cancel", a safe press.
    await expectPanel(panel, 'retention', 'press “Continue to cancel”');
    await panel.click('do-it');
    await expectPanel(panel, 'retention', 'pausing instead of cancelling');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Choose how Prime ends: “End on <date>”');
    expect(await panel.has('do-it')).toBe(false);
    await tab.getByRole('button', { name: /^End on / }).click();

    await expect(tab.locator('#mcx-cancel-confirmation')).toContainText('Your benefits end on 21 December 2026');
    await expectPanel(panel, 'ending', 'Amazon confirmed that your Prime membership is cancelled');
    const m = marketplaceForHost(COM)!;
    expect(fixtures.amazon.guides.membership(m, 'anna@example.com').status).toBe('ended');
    expect(fixtures.amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([['end-on', 'person']]);

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

  test('“End now” on amazon.de (two clicks): the receipt keeps Amazon’s words that the membership has ended', async ({ page, context, extensionId, fixtures }) => {
    await signInAmazon(page, 'www.amazon.de', 'anna@example.com', 'haslo123');
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
    await card.getByLabel('Site').selectOption('amazon.de');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: 'Cancel Amazon Prime — amazon.de' }).click());
    for (let i = 0; i < 3; i++) {
      await expectPanel(panel, 'do-it');
      const step = await panel.text('counter');
      await panel.click('do-it');
      await expect.poll(() => panel.text('counter')).not.toBe(step);
    }
    await tab.locator('#mcx-end-membership').click();
    await expectPanel(panel, 'instruction', 'Choose how Prime ends');
    await tab.locator('#mcx-end-now').click();
    await expectPanel(panel, 'ending', 'Amazon confirmed that your Prime membership is cancelled');
    expect((await waitForReceipts(options))[0]!.confirmationText).toContain('Your Prime membership has ended');
    expect(fixtures.amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([['end-now', 'person']]);
  });

  test('the mobile layout shows #nav-logobar-greeting signed in too: the guide does not ask a signed-in person to sign in', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    fixtures.amazon.controls.layout = 'mobile';
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-prime"]');
    await card.getByLabel('Site').selectOption('amazon.com');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: 'Cancel Amazon Prime — amazon.com' }).click());
    await expect(tab.locator('#nav-logobar-greeting.nav-greeting-recognized')).toBeVisible();
    await expectPanel(panel, 'instruction', 'Open the “Prime” tile.');
    expect(await panel.has('sign-in')).toBe(false);
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
    await tab.waitForURL(/\/gp\/subs\/primeclub/);
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
