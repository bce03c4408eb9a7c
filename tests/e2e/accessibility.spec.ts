import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readTable } from './extension-state';
import { expect, test } from './harness';
import {
  openSizedPopup,
  popupEmpty,
  popupWithResults,
  popupWithRunningBatch,
  popupWithSessions,
  resultRows,
  sessionRows,
  signInThree,
  type UiStateArgs,
} from './ui-states';
import type { JobRow } from '../../utils/db-schema';

/**
 * Accessibility of Signoff's own pages: axe-core finds no violation in the popup (empty, with sessions, with
 * results, while "Sign out everywhere" runs), the options page and the privacy page, in English, Polish and
 * Ukrainian (each state reached once, then shown in each language), in the light and the dark theme; and a person using only the keyboard reaches and operates every control.
 */

type Scheme = 'light' | 'dark';

/**
 * Runs axe-core and fails with a readable list of what it found: in the light theme every rule it has (best practices
 * included); in the dark theme the rules that colours decide, since the theme changes colours only.
 */
async function expectNoViolations(page: Page, what: string, scheme: Scheme = 'light'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  // axe.run() in the page itself ("legacy mode"): the default splits the run across frames and finishes it in a new
  // blank tab, with axe-core injected twice, which cost about half a second per run. It checks the same rules; the
  // split matters only for pages with frames, and Signoff's pages have none (checked here, so that stays true).
  expect(page.frames(), `${what} has no frames`).toHaveLength(1);
  const axe = new AxeBuilder({ page }).setLegacyMode();
  const results = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`,
  );
  expect(found, `axe-core violations in ${what} (${scheme})`).toEqual([]);
  // axe-core really ran over the page (an empty pass list would mean it saw nothing).
  expect(results.passes.length).toBeGreaterThan(scheme === 'dark' ? 0 : 5);
}

/** The axe-core rules, of those it runs by default, whose outcome depends on colours (the dark theme's only change). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const popupStates: [string, (args: UiStateArgs) => Promise<Page>][] = [
  ['empty', popupEmpty],
  ['with sessions', popupWithSessions],
  ['with results', popupWithResults],
  ['with a running "Sign out everywhere"', popupWithRunningBatch],
];

const LANGUAGES = ['en', 'pl', 'uk'] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * Shows `page` in `lang`: English is the browser's own language (the setting left on "auto"); Polish and Ukrainian
 * are chosen in Signoff's language setting, as a person does in the options page, and the page is opened again.
 * One state reached once and checked in every language costs a third of reaching it per language.
 */
async function showIn(page: Page, lang: Language): Promise<void> {
  const changed = await page.evaluate(async (language) => {
    const { settings } = await chrome.storage.local.get('settings');
    if (((settings as { language?: string } | undefined)?.language ?? 'auto') === language) return false;
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), language } });
    return true;
  }, lang === 'en' ? 'auto' : lang);
  if (changed) await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
  await expect(page.locator('.loading')).toHaveCount(0);
}

test.describe('axe-core in English, Polish and Ukrainian', () => {
  for (const [name, reach] of popupStates) {
    test(`popup ${name}: no violations, light and dark`, async ({ page, fixtures, openPopup }) => {
      test.setTimeout(120_000);
      const popup = await reach({ page, fixtures, openPopup });
      for (const lang of LANGUAGES) {
        await showIn(popup, lang);
        await expectNoViolations(popup, `the popup ${name} (${lang})`, 'light');
        await expectNoViolations(popup, `the popup ${name} (${lang})`, 'dark');
      }
    });
  }

  test('options page, privacy policy and manual guides: no violations, light and dark', async ({ context, extensionId }) => {
    test.setTimeout(120_000);
    const options = await context.newPage();
    const open = async (path: string, lang: Language) => {
      await options.goto(`chrome-extension://${extensionId}/${path}`);
      await showIn(options, lang);
    };
    // The first run, before a mode is chosen, in each language.
    for (const lang of LANGUAGES) {
      await open('options.html', lang);
      await expect(options.getByTestId('mode-chooser')).toBeVisible();
      await expectNoViolations(options, `the options page (first run, ${lang})`, 'light');
    }
    // With a mode chosen and a kept site, the page shows more (the chosen option, the list and its buttons).
    await options.getByRole('radio').first().check();
    await options.locator('#keep-domain').fill('mail.example.com');
    await options.locator('#keep-domain').press('Enter');
    await expect(options.getByTestId('keep-list')).toContainText('mail.example.com');
    await expect.poll(async () => options.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toMatchObject({
      keepList: ['mail.example.com'],
    });
    for (const lang of LANGUAGES) {
      await open('options.html', lang);
      await expect(options.getByTestId('keep-list')).toContainText('mail.example.com');
      await expectNoViolations(options, `the options page (${lang})`, 'light');
      await expectNoViolations(options, `the options page (${lang})`, 'dark');

      await options.getByTestId('privacy-link').click();
      await expect(options.getByTestId('privacy-policy')).toBeVisible();
      await expect(options.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      await expectNoViolations(options, `the privacy policy (${lang})`, 'light');
      await expectNoViolations(options, `the privacy policy (${lang})`, 'dark');

      await open('manual-guides.html?site=amazon', lang);
      await expect(options.getByTestId('manual-guide')).toHaveCount(2);
      await expectNoViolations(options, `the manual guides page (${lang})`, 'light');
      await expectNoViolations(options, `the manual guides page (${lang})`, 'dark');
    }
  });
});

test('the language setting: Українська in an English browser turns the options page and the popup Ukrainian', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('mode-chooser')).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', /^en/);
  await options.getByRole('radio').first().check();
  await options.locator('label.setting', { hasText: 'Language' }).locator('select').selectOption('uk');
  await expect(options.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(options.locator('#general-heading')).toHaveText('Нагадування та автоматичний вихід');
  await expectNoViolations(options, 'the options page switched to Ukrainian');
  const popup = await openSizedPopup(openPopup);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(popup.getByText('Ви не увійшли на жоден сайт, який знає Signoff.')).toBeVisible();
});

// ——— Keyboard only ———

/**
 * Numbers every control a person should be able to Tab to, in document order (one stop per radio group: the
 * checked radio, or the first), and returns how many there are.
 */
async function markTabStops(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    const visible = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => visible(el) && !(el as HTMLButtonElement).disabled && !el.closest('[inert], fieldset:disabled'),
    );
    const stops = all.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = all.filter((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name) as HTMLInputElement[];
      return (group.find((radio) => radio.checked) ?? group[0]) === el;
    });
    document.querySelectorAll('[data-tab-stop]').forEach((el) => el.removeAttribute('data-tab-stop'));
    stops.forEach((el, index) => el.setAttribute('data-tab-stop', String(index)));
    return stops.length;
  });
}

/** Which numbered control has the focus, and whether the focus is drawn (an outline, as the pages' CSS gives it). */
async function focused(page: Page): Promise<{ stop: number; visible: boolean; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      stop: Number(el?.getAttribute('data-tab-stop') ?? -1),
      visible: Boolean(style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0),
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? el?.tagName ?? '').trim().slice(0, 60),
    };
  });
}

/** Nothing focused, and the browser's focus starting point at the top of the page (a click on nothing moves it). */
async function fromTheTop(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.click(1, 1);
}

/** Tabs forward from the top through every control, then Shift+Tabs back: each is reached, in order, and shows focus. */
async function expectTabOrder(page: Page): Promise<void> {
  const count = await markTabStops(page);
  expect(count).toBeGreaterThan(0);
  await fromTheTop(page);
  const forward: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.visible, `focus is not visible on "${now.name}"`).toBe(true);
    forward.push(now.stop);
  }
  expect(forward).toEqual([...Array(count).keys()]);
  const backward: number[] = [];
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('Shift+Tab');
    backward.push((await focused(page)).stop);
  }
  expect(backward).toEqual([...Array(count - 1).keys()].reverse());
}

/** Presses Tab until the control matching `selector` has the focus (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('keyboard only', () => {
  test('popup: every control is reached with Tab and Shift+Tab; Enter signs out of a site, Space dismisses the result', async ({
    page,
    fixtures,
    openPopup,
  }) => {
    test.setTimeout(120_000);
    const popup = await popupWithSessions({ page, fixtures, openPopup });
    await expectTabOrder(popup);

    await fromTheTop(popup);
    await tabTo(popup, '[data-session-id="github:github.com"] button.primary');
    await popup.keyboard.press('Enter');
    const result = resultRows(popup).filter({ hasText: '(github.com)' });
    await expect(result).toHaveAttribute('data-outcome', 'verified', { timeout: 60_000 });
    expect(fixtures.github.activeSessions()).toEqual([]);

    await fromTheTop(popup);
    await tabTo(popup, '[data-testid="result-row"] button');
    await popup.keyboard.press('Space');
    await expect(result).toHaveCount(0);
    const jobs = await readTable<JobRow>(popup, 'jobs');
    expect(jobs.find((job) => job.domain === 'github.com')?.dismissed).toBe(true);
  });

  test('popup: Sign out everywhere with the keyboard, then every control of the summary and results is reached', async ({
    page,
    fixtures,
    openPopup,
  }) => {
    test.setTimeout(120_000);
    const popup = await popupWithSessions({ page, fixtures, openPopup });
    await fromTheTop(popup);
    await tabTo(popup, '.everywhere-actions button.primary');
    await popup.keyboard.press('Space');
    await expect(popup.getByTestId('batch-summary')).toHaveAttribute('data-finished', 'true', { timeout: 60_000 });
    await expect(resultRows(popup)).toHaveCount(3, { timeout: 30_000 });
    expect(fixtures.amazon.activeSessions()).toEqual([]);
    await expectTabOrder(popup);
  });

  test('popup: a session\'s account and guide actions are reached and opened with Enter', async ({ page, context, fixtures, openPopup }) => {
    await signInThree({ page, fixtures });
    const popup = await openSizedPopup(openPopup);
    await expect(sessionRows(popup)).toHaveCount(3);
    await fromTheTop(popup);
    await tabTo(popup, '[data-session-id="amazon:amazon.pl"] [data-guide-id="cancel-prime"]');
    const opened = context.waitForEvent('page', { predicate: (tab) => tab.url().startsWith('https://www.amazon.pl/') });
    // Enter starts the guide on key down, and the popup closes itself once the guide runs, which can be before the
    // key comes up: a closed popup is the expected end of this press, and the opened tab is what proves it worked.
    await popup.keyboard.press('Enter').catch((error: Error) => {
      if (!popup.isClosed()) throw error;
    });
    const tab = await opened;
    await expect(tab).toHaveURL(/amazon\.pl/);
  });

  test('options: every control is reached; Space, Enter and the arrow keys operate them', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('mode-chooser')).toBeVisible();
    const settings = () =>
      options.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined);

    // The mode: Tab to the radio group, Space chooses the first option, the arrow key the next.
    await tabTo(options, 'input[name="mode"]');
    await options.keyboard.press('Space');
    await expect.poll(async () => (await settings())?.mode).toBe('shared');
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await settings())?.mode).toBe('personal');
    // The page re-renders with the saved setting; the focus stays on the chosen radio.
    await expect(options.locator('input[name="mode"][value="personal"]')).toBeChecked();
    await expect(options.locator('input[name="mode"][value="personal"]')).toBeFocused();
    await options.keyboard.press('ArrowUp');
    await expect.poll(async () => (await settings())?.mode).toBe('shared');

    await expectTabOrder(options);
    await fromTheTop(options);

    // A checkbox: Space.
    const reminders = options.getByRole('checkbox').first();
    await tabTo(options, '.setting input[type="checkbox"]');
    await options.keyboard.press('Space');
    await expect.poll(async () => (await settings())?.reminders).toBe(false);
    await expect(reminders).not.toBeChecked();

    // A number: typed. A list: the arrow keys.
    await tabTo(options, 'input[type="number"]');
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type('25');
    await options.keyboard.press('Tab');
    await expect.poll(async () => (await settings())?.idleMinutes).toBe(25);
    await expect(options.locator('select').first()).toBeFocused();
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await settings())?.closeSweep).toBe('clear-only');

    // The keep list: type and Enter adds; Tab to "Remove", Enter removes.
    await tabTo(options, '#keep-domain');
    await options.keyboard.type('https://mail.example.com/inbox');
    await options.keyboard.press('Enter');
    await expect(options.getByTestId('keep-list')).toContainText('mail.example.com');
    await expect.poll(async () => (await settings())?.keepList).toEqual(['mail.example.com']);
    await fromTheTop(options);
    await tabTo(options, '[data-testid="keep-list"] button');
    await options.keyboard.press('Enter');
    await expect(options.getByTestId('keep-list-empty')).toBeVisible();

    // "Forget everything…" asks first; the confirmation takes the focus's place, so Enter twice forgets.
    await tabTo(options, 'section[aria-labelledby="history-heading"] .actions button:nth-child(2)');
    await options.keyboard.press('Enter');
    const confirm = options.locator('button.danger');
    await expect(confirm).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(options.locator('section[aria-labelledby="history-heading"] [role="status"]')).not.toBeEmpty();
    await expect.poll(async () => (await settings())?.keepList ?? []).toEqual([]);

    // The privacy policy link: Enter follows it.
    await tabTo(options, '[data-testid="privacy-link"]');
    await options.keyboard.press('Enter');
    await expect(options.getByTestId('privacy-policy')).toBeVisible();
  });
});
