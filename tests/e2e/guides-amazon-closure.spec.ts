import type { Page } from '@playwright/test';
import type { ReceiptRow } from '../../utils/guides/rows';
import { marketplaceForHost } from '../fixture-sites/amazon/marketplaces';
import { GuidePanelDriver } from './guide-panel';
import { signInAmazon } from './harness';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test, waitForReceipts } from './guides-harness';

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

    await expectPanel(panel, 'instruction', 'Amazon sent you a link by e-mail or text message (SMS). Open it within 5 days');
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
    const receipts = await waitForReceipts(options);
    expect(receipts).toMatchObject([{ guideId: 'close-account', kind: 'delete-account', domain: 'amazon.com', url: `https://${COM}/privacy/data-deletion/closed` }]);
    expect(receipts[0]!.confirmationText).toContain('Your Amazon account has been closed');
  });

  test.describe('in Polish', () => {
    test.use({ uiLanguage: 'pl' });

    test('the confirmation link comes by text message: the guide says so, and the link opened in the guide tab completes it', async ({
      page,
      context,
      extensionId,
      fixtures,
    }) => {
      const amazon = fixtures.amazon;
      amazon.guides.controls.closureChannel = 'sms';
      const m = marketplaceForHost(PL)!;
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      const options = await openOptions(context, extensionId);
      const card = options.locator('[data-testid="guide-card"][data-guide-id="close-account"]');
      await card.getByLabel('Serwis').selectOption('amazon.pl');
      const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Zamknij konto Amazon — amazon\.pl/ }).click());

      await expectPanel(panel, 'instruction', 'Wybierz z listy główny powód zamknięcia konta.');
      await tab.locator('#closure-reason').selectOption({ index: 1 });
      await expectPanel(panel, 'warning', 'Zamknięcie konta Amazon jest trwałe');
      await panel.click('acknowledge');
      await expectPanel(panel, 'instruction', 'Zaznacz pole, w którym potwierdzasz trwałe zamknięcie konta Amazon');
      await expect.poll(() => panel.highlight()).toBeTruthy();
      await tab.locator('#closure-ack').check();
      await expectPanel(panel, 'instruction', 'Naciśnij przycisk zamknięcia konta');
      await tab.locator('#closure-submit').click();
      await expect(tab.locator('#closure-sent')).toContainText('SMS-em');
      await expectPanel(panel, 'instruction', 'Amazon wysłał Ci link e-mailem albo SMS-em. Otwórz go w ciągu 5 dni');
      expect(fixtures.mailbox.messages('jan@example.com')).toEqual([]);

      const [sms] = amazon.guides.textMessages();
      expect(sms).toMatchObject({ to: 'jan@example.com' });
      await tab.goto(sms!.link);
      await expectPanel(panel, 'instruction', 'Naciśnij przycisk potwierdzenia zamknięcia konta');
      expect(await panel.has('do-it')).toBe(false);
      await tab.locator('#closure-confirm').click();
      await expectPanel(panel, 'ending', 'Amazon potwierdził zamknięcie konta');
      expect(amazon.guides.isClosed(m, 'jan@example.com')).toBe(true);
    });

    test('customer service today: the guide opens the help hub, starts the chat and gives the sentence to send; the person sends it and Amazon’s answer completes it', async ({
      page,
      context,
      extensionId,
      fixtures,
    }) => {
      const amazon = fixtures.amazon;
      const m = marketplaceForHost(PL)!;
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      const options = await openOptions(context, extensionId);
      const card = options.locator('[data-testid="guide-card"][data-guide-id="close-account-customer-service"]');
      await card.getByLabel('Serwis').selectOption('amazon.pl');
      const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Poproś obsługę klienta Amazon o zamknięcie konta — amazon\.pl/ }).click());

      await expectPanel(panel, 'instruction', 'Otwórz „Dział Obsługi Klienta” w menu głównym.');
      await panel.click('do-it');
      await tab.waitForURL(/\/hz\/contact-us\/foresight\/hubgateway/);
      await expectPanel(panel, 'instruction', 'Rozpocznij czat z obsługą klienta');
      await panel.click('do-it');
      await expectPanel(panel, 'warning', 'Zamknięcie konta Amazon jest trwałe');
      await panel.click('acknowledge');
      const sentence = 'Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych. Rozumiem, że to nieodwracalne.';
      await expectPanel(panel, 'instruction', `Wpisz na czacie i wyślij: „${sentence}”`);
      await expectPanel(panel, 'only-you', 'Signoff nigdy nie naciśnie go za Ciebie');
      expect(await panel.has('do-it')).toBe(false);
      await tab.waitForTimeout(1_000);
      expect(amazon.guides.closureRequests()).toEqual([]);

      // The person's own sentence in the chat is not Amazon's answer: only the reply completes the guide.
      await tab.locator('#hub-chat-message').fill(sentence);
      await tab.locator('#hub-chat-send').click();
      await expectPanel(panel, 'ending', 'Obsługa klienta Amazon odpowiedziała, że ma Twoją prośbę o zamknięcie konta');
      expect(amazon.guides.closureRequests()).toMatchObject([{ realm: 'acbpl', email: 'jan@example.com', route: 'customer-service', via: 'chat' }]);
      expect(amazon.guides.finalPresses()).toMatchObject([{ action: 'send-chat-message', pressedBy: 'person' }]);
      expect(amazon.guides.chatTranscript(m, 'jan@example.com').map((line) => line.from)).toEqual(['person', 'amazon']);
      const receipts = await waitForReceipts(options);
      expect(receipts).toMatchObject([{ guideId: 'close-account-customer-service', what: { pl: 'Prośba o zamknięcie konta Amazon (zgłoszona na czacie obsługi klienta)' } }]);
      expect(receipts[0]!.confirmationText).toContain('Przekazałem Twoją prośbę o zamknięcie konta');
      expect(receipts[0]!.confirmationText).not.toContain(sentence);
    });
  });

  test('customer service, the seed’s contact form where a page still shows it: the guide recognises it and leaves the send to the person', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    const amazon = fixtures.amazon;
    amazon.guides.controls.contactVariant = 'seed-form';
    await signInAmazon(page, COM, 'anna@example.com', 'haslo123');
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="close-account-customer-service"]');
    await card.getByLabel('Site').selectOption('amazon.com');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Ask Amazon customer service to close your account — amazon\.com/ }).click());

    await expectPanel(panel, 'instruction', 'Open “Customer Service” in the main menu.');
    await panel.click('do-it');
    await tab.waitForURL(/\/hz\/contact-us$/);
    await expectPanel(panel, 'warning', 'Closing an Amazon account is permanent');
    await panel.click('acknowledge');
    await expectPanel(panel, 'instruction', 'This is the older contact form');
    expect(await panel.has('do-it')).toBe(false);
    await tab.locator('#cu-topic-prime').click();
    await tab.locator('#cu-issue').selectOption('account');
    await tab.locator('#cu-issue-detail').selectOption('close');
    await tab.locator('#cu-method-email').click();
    await tab.locator('#cu-message').fill('Please close my Amazon account and delete my data.');
    await tab.locator('#cu-send-email').click();

    await expectPanel(panel, 'ending', 'Amazon’s customer service answered that it has your request to close the account');
    expect(amazon.guides.closureRequests()).toMatchObject([{ email: 'anna@example.com', route: 'customer-service', via: 'email-form' }]);
    expect(amazon.guides.finalPresses()).toMatchObject([{ action: 'send-closure-email', pressedBy: 'person' }]);
  });
});
