import type { GuideRunRow, ReceiptRow } from '../../utils/guides/rows';
import { signInThroughForm } from './sites/sign-in';
import { expect, expectPanel, nextGuideTab, openOptions, readGuideTable, test } from './guides-harness';

const JAN = 'jan@example.com';

test.describe('Guide: cancel a Dell consumer support subscription', () => {
  test('Digital Locker route today: the locker’s address lands on MyAccount, safe steps done for the person, Cancel pressed by the person, receipt kept', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    const dell = fixtures.dell;
    await signInThroughForm(page, dell, dell.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-support-digital-locker"]');
    await expect(card).toContainText('Cancel a Dell support subscription (Digital Locker)');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Cancel a Dell support subscription \(Digital Locker\)/ }).click());

    // Dell sends the Digital Locker to MyAccount: the guide goes on from there.
    await tab.waitForURL(/\/myaccount\/en-us\/home\/software-and-subscriptions$/);
    await expectPanel(panel, 'instruction', 'Click “Manage Subscriptions”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Click “View”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Click “Consumer Subscription Services”');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Click “Update/Cancel”.');
    await panel.click('do-it');

    // The details page: the Cancel button arrives with the page's script; the panel waits for it, then hands it over.
    await expectPanel(panel, 'instruction', 'then press “Cancel”');
    await expectPanel(panel, 'only-you', 'Only you can press this');
    expect(await panel.has('do-it')).toBe(false);
    await tab.waitForTimeout(1_500);
    expect(dell.subscription(JAN).status).toBe('active');
    await tab.locator('#subscription-cancel').click();

    await expect(tab.locator('#subscription-cancel-confirmation')).toContainText('Your subscription has been cancelled');
    await expectPanel(panel, 'ending', 'Dell confirmed on the page that the subscription is cancelled.');
    await expectPanel(panel, 'receipt', 'Receipt with a screenshot saved');
    expect(dell.subscription(JAN)).toMatchObject({ status: 'cancelled', cancelledBy: 'person', cancelledVia: 'dell-account' });

    const receipts = await readGuideTable<ReceiptRow>(options, 'receipts');
    expect(receipts).toMatchObject([{ recipeId: 'dell', guideId: 'cancel-support-digital-locker', domain: 'dell.com', what: { en: 'Dell consumer support subscription' } }]);
    expect(receipts[0]!.confirmationText).toContain('Your subscription has been cancelled');
    expect(receipts[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/);
  });

  test('the seed’s Digital Locker pages are still recognised: Subscriptions tab → Action → Manage Subscriptions → Service Tag → Cancel', async ({
    page,
    context,
    extensionId,
    fixtures,
  }) => {
    const dell = fixtures.dell;
    dell.guides.locker = 'seed-locker';
    await signInThroughForm(page, dell, dell.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-support-digital-locker"]');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Cancel a Dell support subscription \(Digital Locker\)/ }).click());
    await expectPanel(panel, 'instruction', 'Open the “Subscriptions” tab (Dell Digital Locker).');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'press “Action”');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Choose “Manage Subscriptions”.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'Scroll down to the Service Tag and click its number.');
    await panel.click('do-it');
    await expectPanel(panel, 'instruction', 'then press “Cancel”');
    expect(await panel.has('do-it')).toBe(false);
    await tab.locator('#subscription-cancel').click();
    await expectPanel(panel, 'ending', 'Dell confirmed on the page that the subscription is cancelled.');
    expect(dell.subscription(JAN)).toMatchObject({ status: 'cancelled', cancelledBy: 'person', cancelledVia: 'digital-locker' });
  });

  test.describe('in Polish', () => {
    test.use({ uiLanguage: 'pl' });

    test('Dell account route, from the popup row: signed in by .mh-myaccount.auth; Subskrypcje → Zarządzaj subskrypcjami → Wyświetl → Consumer Subscription Services → Aktualizuj/Anuluj → Anuluj', async ({
      page,
      context,
      openPopup,
      fixtures,
    }) => {
      const dell = fixtures.dell;
      await signInThroughForm(page, dell, dell.users[0]!);
      await expect(page.locator('.mh-myaccount.auth')).toHaveCount(1);
      const popup = await openPopup();
      const row = popup.locator('[data-testid="session-row"][data-session-id="dell:dell.com"]');
      await expect(row).toContainText('Dell (dell.com)');
      const { tab, panel } = await nextGuideTab(context, () =>
        row.getByRole('button', { name: /^Anuluj subskrypcję wsparcia \(konto Dell\)…/ }).click(),
      );

      await expectPanel(panel, 'instruction', 'W lewym panelu kliknij „Subskrypcje”.');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Kliknij „Zarządzaj subskrypcjami”');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Kliknij „Wyświetl”');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Kliknij „Consumer Subscription Services”');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'Kliknij „Aktualizuj/Anuluj”');
      await panel.click('do-it');
      await expectPanel(panel, 'instruction', 'naciśnij przycisk anulowania');
      await expectPanel(panel, 'control-label', 'Anuluj');
      expect(await panel.has('do-it')).toBe(false);
      await tab.locator('#subscription-cancel').click();

      await expectPanel(panel, 'ending', 'Dell potwierdził na stronie');
      expect(dell.subscription(JAN)).toMatchObject({ status: 'cancelled', cancelledBy: 'person', cancelledVia: 'dell-account' });
    });
  });

  test('no Cancel button: an already cancelled subscription is reported as such, not as an error', async ({ page, context, extensionId, fixtures }) => {
    const dell = fixtures.dell;
    dell.setSubscription(JAN, { status: 'cancelled' });
    await signInThroughForm(page, dell, dell.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-support-digital-locker"]');
    const { panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Cancel a Dell support subscription/ }).click());
    for (const step of ['“Manage Subscriptions”', '“View”', '“Consumer Subscription Services”', '“Update/Cancel”']) {
      await expectPanel(panel, 'instruction', step);
      await panel.click('do-it');
    }
    await expectPanel(panel, 'ending', 'it was most likely cancelled already', 20_000);
    expect(await panel.attribute('ending', 'data-outcome')).toBe('stopped');
    const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
    expect(runs).toMatchObject([{ status: 'stopped', endingId: 'already-cancelled' }]);
    expect(await readGuideTable(options, 'receipts')).toEqual([]);
  });

  test('no Cancel button: a ProSupport plan is sent to Dell customer care', async ({ page, context, extensionId, fixtures }) => {
    const dell = fixtures.dell;
    dell.setSubscription(JAN, { plan: 'ProSupport' });
    await signInThroughForm(page, dell, dell.users[0]!);
    const options = await openOptions(context, extensionId);
    const card = options.locator('[data-testid="guide-card"][data-guide-id="cancel-support-dell-account"]');
    const { tab, panel } = await nextGuideTab(context, () => card.getByRole('button', { name: /^Cancel a Dell support subscription \(Dell account\)/ }).click());
    for (const step of ['“Subscriptions”', '“Manage Subscriptions”', '“View”', '“Consumer Subscription Services”', '“Update/Cancel”']) {
      await expectPanel(panel, 'instruction', step);
      await panel.click('do-it');
    }
    await expectPanel(panel, 'ending', 'ProSupport', 20_000);
    await expectPanel(panel, 'ending', 'Contact Dell customer care (order support)');
    await expect(tab.locator('#subscription-cancel')).toHaveCount(0);
    expect(dell.subscription(JAN)).toMatchObject({ status: 'active', plan: 'ProSupport' });
    const runs = await readGuideTable<GuideRunRow>(options, 'guideRuns');
    expect(runs).toMatchObject([{ status: 'stopped', endingId: 'prosupport' }]);
  });
});
