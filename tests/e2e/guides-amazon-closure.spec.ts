import type { Page } from '@playwright/test';
import type { ReceiptRow } from '../../utils/guides/rows';
import { marketplaceForHost } from '../fixture-sites/amazon/marketplaces';
import { GuidePanelDriver } from './guide-panel';
import { signInAmazon } from './harness';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test } from './guides-harness';

const PL = 'www.amazon.pl';
const COM = 'www.amazon.com';

const sessionRow = (popup: Page, domain: string) => popup.locator(`[data-testid="session-row"][data-session-id="amazon:${domain}"]`);

test.describe('Guide: close the Amazon account', () => {
  test('the data-deletion page: reason, tick, “Close My Account”, then the e-mailed link confirmed by the person; the account is closed for real', async ({
    page,
    context,
    openPopup,
    fixtures,
  }) => {
    const amazon = fixtures.amazon;
    const m = marketplaceForHost(COM)!;
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const popup = await openPopup();
    const { tab, panel } = await nextGuideTab(context, () =>
      sessionRow(popup, 'amazon.com').getByRole('button', { name: 'Close account… — Amazon (amazon.com)' }).click(),
    );

    // Choosing the reason is the person's: safe, but nothing to "do for" them.
    await expectPanel(panel, 'instruction', 'Choose the main reason for closing the account');
    expect(await panel.has('do-it')).toBe(false);
    await tab.locator('#closure-reason').selectOption({ label: 'I have another account' });

    await expectPanel(panel, 'warning', 'Closing an Amazon account is permanent');
    await panel.click('acknowledge');
    await expectPanel(panel, 'instruction', 'Tick “Yes, I want to permanently close my Amazon account');
    await tab.locator('#closure-ack').check();
    await expectPanel(panel, 'instruction', 'Press “Close My Account”.');
    expect(await panel.has('do-it')).toBe(false);
    await tab.locator('#closure-submit').click();

    await expectPanel(panel, 'instruction', 'Amazon sent you an e-mail');
    expect(amazon.guides.isClosed(m, 'anna@example.com')).toBe(false);

    // The e-mail, in the same browser: its link opens a new tab where the guide goes on.
    const mail = await context.newPage();
    await mail.goto(fixtures.mailbox.inboxUrl('anna@example.com'));
    await mail.getByText('Confirm your request to close your Amazon account').click();
    const opened = context.waitForEvent('page');
    await mail.locator('#mail-confirm-link').click();
    const confirmTab = await opened;
    const confirmPanel = new GuidePanelDriver(confirmTab);
    await expectPanel(confirmPanel, 'instruction', 'Press “Confirm account closure”.');
    expect(await confirmPanel.has('do-it')).toBe(false);
    await confirmTab.waitForTimeout(1_000);
    expect(amazon.guides.isClosed(m, 'anna@example.com')).toBe(false);
    await confirmTab.locator('#closure-confirm').click();

    await expectPanel(confirmPanel, 'ending', 'Amazon confirmed that your account is closed');
    await expectPanel(confirmPanel, 'receipt', 'Receipt with a screenshot saved');
    expect(amazon.guides.isClosed(m, 'anna@example.com')).toBe(true);
    expect(amazon.activeSessions(COM)).toEqual([]);
    expect(amazon.guides.finalPresses().map((press) => [press.action, press.pressedBy])).toEqual([
      ['close-account', 'person'],
      ['confirm-closure', 'person'],
    ]);

    // Closed for real: the sign-in form no longer knows the account.
    await confirmTab.goto(`https://${COM}/ap/signin`);
    await confirmTab.locator('#ap_email').fill('anna@example.com');
    await confirmTab.locator('#continue').click();
    await expect(confirmTab.locator('#auth-error-message-box')).toBeVisible();

    const options = await openOptions(context, new URL(popup.url()).host);
    const receipts = await readGuideTable<ReceiptRow>(options, 'receipts');
    expect(receipts).toMatchObject([{ guideId: 'close-account', kind: 'delete-account', domain: 'amazon.com', url: `https://${COM}/privacy/data-deletion/closed` }]);
  });

  test.describe('in Polish', () => {
    test.use({ uiLanguage: 'pl' });

    test('the customer-service route of the seed: Obsługa klienta → Zarządzaj moim kontem → Skontaktuj się z nami → Prime i więcej → Zamknij moje konto → E-mail', async ({
      page,
      context,
      extensionId,
      fixtures,
    }) => {
      const amazon = fixtures.amazon;
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      const options = await openOptions(context, extensionId);
      const card = options.locator('[data-testid="guide-card"][data-guide-id="close-account-customer-service"]');
      await card.getByLabel('Serwis').selectOption('amazon.pl');
      const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Poproś obsługę klienta Amazon o zamknięcie konta — amazon\.pl/ }).click());

      for (const instruction of [
        'Otwórz „Obsługa klienta” w menu głównym.',
        'otwórz „Zarządzaj moim kontem”',
        'Otwórz „Więcej o Zarządzaj moim kontem”.',
        'naciśnij „Skontaktuj się z nami”',
        'Wybierz temat „Prime i więcej”.',
        'wybierz „Zaktualizuj lub zmień informacje o koncie”',
        'Na następnej liście wybierz „Zamknij moje konto”.',
        'Wybierz kontakt przez „E-mail”',
      ]) {
        await expectPanel(panel, 'instruction', instruction);
        await panel.click('do-it');
      }
      await expectPanel(panel, 'instruction', 'naciśnij „Wyślij e-mail”');
      await expectPanel(panel, 'only-you', 'Signoff nigdy nie naciśnie go za Ciebie');
      expect(await panel.has('do-it')).toBe(false);
      expect(amazon.guides.closureRequests()).toEqual([]);
      await tab.locator('#cu-message').fill('Proszę o zamknięcie mojego konta. Jan Kowalski');
      await tab.locator('#cu-send-email').click();

      await expectPanel(panel, 'ending', 'Amazon otrzymał prośbę o zamknięcie konta');
      expect(amazon.guides.closureRequests()).toMatchObject([{ realm: 'acbpl', email: 'jan@example.com', route: 'customer-service' }]);
      expect(amazon.guides.finalPresses()).toMatchObject([{ action: 'send-closure-email', pressedBy: 'person' }]);
      const receipts = await readGuideTable<ReceiptRow>(options, 'receipts');
      expect(receipts).toMatchObject([{ guideId: 'close-account-customer-service', what: { pl: 'Prośba o zamknięcie konta Amazon (wysłana do obsługi klienta)' } }]);
      expect(receipts[0]!.confirmationText).toContain('Otrzymaliśmy Twoją prośbę o zamknięcie konta');
    });
  });
});
