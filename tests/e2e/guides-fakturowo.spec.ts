import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { GuidePanelDriver } from './guide-panel';
import { signInThroughForm } from './sites/sign-in';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test, waitForReceipts } from './guides-harness';

const JAN = 'jan@example.com';

test.describe('Guide: delete the fakturowo.pl account', () => {
  test.describe('in Polish', () => {
    test.use({ uiLanguage: 'pl' });

    test('the list beside “Usuń konto”: warning first, the person confirms and presses, the e-mailed link is followed in the same browser, receipt kept', async ({
      page,
      context,
      openPopup,
      fixtures,
    }) => {
      const fakturowo = fixtures.fakturowo;
      await signInThroughForm(page, fakturowo, fakturowo.users[0]!);
      const settingsBefore = structuredClone(fakturowo.settingsOf(JAN));
      const popup = await openPopup();
      const row = popup.locator('[data-testid="session-row"][data-session-id="fakturowo:fakturowo.pl"]');
      await expect(row).toContainText('Fakturowo.pl (fakturowo.pl)');
      const { tab, panel } = await nextGuideTab(context, () => row.getByRole('button', { name: /^Usuń konto…/ }).click());

      // The warning comes first: the e-mail address can never be registered again. Nothing is highlighted until read.
      await expectPanel(panel, 'warning', 'nigdy więcej nie da się go użyć do rejestracji');
      // The panel is in a closed shadow root: the page's scripts cannot reach it, its style sheet (which hides
      // "signoff-guide" and ".panel") cannot hide it.
      expect(await tab.evaluate(() => document.querySelector('signoff-guide') !== null)).toBe(true);
      expect(await tab.evaluate(() => document.querySelector('signoff-guide')?.shadowRoot ?? null)).toBeNull();
      expect(await tab.evaluate(() => getComputedStyle(document.querySelector('signoff-guide')!).display)).toBe('block');
      expect(await panel.highlight()).toBeUndefined();
      await panel.click('acknowledge');

      await expectPanel(panel, 'instruction', '„TAK - potwierdzam usunięcie konta”');
      await expectPanel(panel, 'only-you');
      expect(await panel.has('do-it')).toBe(false);
      await expect.poll(() => panel.highlight()).toBeTruthy();
      await tab.locator('#usun-potwierdzenie').selectOption({ label: 'TAK - potwierdzam usunięcie konta' });

      await expectPanel(panel, 'instruction', 'Naciśnij „Usuń konto”');
      expect(await panel.has('do-it')).toBe(false);
      await tab.waitForTimeout(1_000);
      expect(fakturowo.deletions()).toEqual([]);
      await tab.locator('#usun-konto').click();

      await expect(tab.locator('#komunikat-usun')).toBeVisible();
      await expectPanel(panel, 'instruction', 'Otwórz e-mail od fakturowo.pl i w ciągu godziny kliknij link');
      // The decoy ZAPISZ buttons were never pressed; the settings are as they were.
      expect(fakturowo.saves()).toEqual([]);
      expect(fakturowo.settingsOf(JAN)).toEqual(settingsBefore);
      expect(fakturowo.accountExists(JAN)).toBe(true);

      // The person opens the webmail in another tab and follows the link, which opens one more tab.
      const mail = await context.newPage();
      await mail.goto(fixtures.mailbox.inboxUrl(JAN));
      await mail.getByText('Fakturowo.pl - usunięcie konta').click();
      const confirmationTab = context.waitForEvent('page');
      await mail.locator('#mail-delete-link').click();
      const confirmed = await confirmationTab;
      await expect(confirmed.locator('#konto-usuniete')).toContainText('zostały usunięte');

      // The guide recognises the confirmation page in that tab, and keeps the receipt.
      const confirmedPanel = new GuidePanelDriver(confirmed);
      await expectPanel(confirmedPanel, 'ending', 'fakturowo.pl potwierdził usunięcie konta');
      await expectPanel(confirmedPanel, 'receipt', 'Potwierdzenie ze zrzutem ekranu zapisane');
      await expect.poll(() => panel.present()).toBe(false); // The old tab's panel stepped aside.

      expect(fakturowo.accountExists(JAN)).toBe(false);
      expect(fakturowo.blockedEmails()).toEqual([JAN]);
      expect(fakturowo.deletions()).toMatchObject([{ email: JAN, pressedBy: 'person' }]);
      expect(fakturowo.activeSessions()).toEqual([]);

      const options = await openOptions(context, new URL(popup.url()).host);
      const receipts = await waitForReceipts(options);
      expect(receipts).toMatchObject([{ recipeId: 'fakturowo', guideId: 'delete-account', kind: 'delete-account', domain: 'fakturowo.pl' }]);
      expect(receipts[0]!.url).toMatch(/^https:\/\/www\.fakturowo\.pl\/usun-konto\/[0-9a-f]+$/);
      expect(receipts[0]!.confirmationText).toContain('Twoje konto oraz wszystkie dane');
      expect(receipts[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/);

      // The account is gone for real: signing in again is refused.
      await confirmed.goto(fakturowo.signInForm.url);
      await confirmed.locator(fakturowo.signInForm.identifier).fill(JAN);
      await confirmed.locator(fakturowo.signInForm.password).fill('haslo123');
      await confirmed.locator(fakturowo.signInForm.submit).click();
      await expect(confirmed.locator(fakturowo.signInForm.error)).toBeVisible();
    });
  });

  test('the tick box variant (English interface): the panel says to tick the box, and the link opened in the guide tab completes it', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    const fakturowo = fixtures.fakturowo;
    fakturowo.deletion.deleteConfirm = 'checkbox';
    await signInThroughForm(page, fakturowo, fakturowo.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="delete-account"]');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Delete your fakturowo\.pl account/ }).click());

    await expectPanel(panel, 'warning', 'can never be used to register at fakturowo.pl again');
    await panel.click('acknowledge');
    await expectPanel(panel, 'instruction', 'tick the box on the left of the text');
    // The tick box is known only by its label's words (the page's markup is not public): the label is highlighted.
    await expect.poll(() => panel.highlight()).toBeTruthy();
    await tab.locator('#usun-potwierdzenie').check();
    await expectPanel(panel, 'instruction', 'Press “Usuń konto”');
    await tab.locator('#usun-konto').click();
    await expectPanel(panel, 'instruction', 'Open the e-mail from fakturowo.pl and click its link within one hour');

    const [message] = fixtures.mailbox.messages(JAN);
    const link = /href="([^"]+)"/.exec(message!.html)![1]!;
    await tab.goto(link);
    await expectPanel(panel, 'ending', 'fakturowo.pl confirmed that the account and all its data are deleted.');
    expect(fakturowo.accountExists(JAN)).toBe(false);
    expect(fakturowo.saves()).toEqual([]);
    const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
    expect(runs).toMatchObject([{ status: 'completed', endingId: 'deleted', acknowledged: ['confirm-option'] }]);
  });

  test('an expired link is recognised: the guide says to ask for a new one, and nothing is deleted', async ({ page, context, extensionId, fixtures }) => {
    const fakturowo = fixtures.fakturowo;
    fakturowo.deletion.linkTtlMs = 0;
    await signInThroughForm(page, fakturowo, fakturowo.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="delete-account"]');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Delete your fakturowo\.pl account/ }).click());
    await expectPanel(panel, 'warning', 'can never be used to register');
    await panel.click('acknowledge');
    await tab.locator('#usun-potwierdzenie').selectOption({ label: 'TAK - potwierdzam usunięcie konta' });
    await tab.locator('#usun-konto').click();
    await expectPanel(panel, 'instruction', 'within one hour');
    const link = /href="([^"]+)"/.exec(fixtures.mailbox.messages(JAN)[0]!.html)![1]!;
    await tab.goto(link);
    await expectPanel(panel, 'ending', 'The link has expired');
    expect(fakturowo.accountExists(JAN)).toBe(true);
    expect(await readGuideTable(options, 'receipts')).toEqual([]);
  });
});
