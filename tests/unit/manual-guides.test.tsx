// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { ManualGuidesPage, ManualGuidesSection } from '../../components/guides/ManualGuides';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { guideLanguage } from '../../utils/guides/language';
import { MANUAL_GUIDES, manualGuidesFor, manualGuidesPath, RECIPES_WITH_MANUAL_GUIDES } from '../../utils/guides/manual';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import { builtInRecipes } from '../../utils/recipes/registry';
import { manualGuidesHrefFor } from '../../utils/guides/manual/links';

/** Issue #16 §3: signing out of Amazon outside the browser, as manual guides (text steps, nothing pressed). */

afterEach(cleanup);

const texts = (guide: (typeof MANUAL_GUIDES)[number]) => [...guide.steps, guide.withoutDevice];

describe('manual guide data', () => {
  it('has ids of its own, a built-in recipe, titles and steps in English and Polish, each text with provenance', () => {
    expect(new Set(MANUAL_GUIDES.map((guide) => guide.id)).size).toBe(MANUAL_GUIDES.length);
    for (const guide of MANUAL_GUIDES) {
      expect(builtInRecipes.some((recipe) => recipe.id === guide.recipeId), guide.id).toBe(true);
      expect(guide.title.en && guide.title.pl, guide.id).toBeTruthy();
      expect(guide.steps.length, guide.id).toBeGreaterThanOrEqual(3);
      for (const text of texts(guide)) {
        expect(text.text.en.trim() && text.text.pl.trim(), guide.id).toBeTruthy();
        expect(text.text.pl, guide.id).not.toBe(text.text.en);
        expect(text.provenance.length, `${guide.id}: ${text.text.en}`).toBeGreaterThan(0);
      }
    }
  });

  it('covers both surfaces of the Amazon seed: the app on a phone or tablet, and the app on Windows', () => {
    expect(manualGuidesFor('amazon').map((guide) => guide.surface)).toEqual(['phone-app', 'windows-app']);
  });

  it('follows the seed: phone menu → Settings → "Not [name]? Sign out" → confirm; Windows "Hello, [name]" → Sign out', () => {
    const [phone, windows] = manualGuidesFor('amazon');
    expect(phone!.steps.map((step) => step.text.en).join(' | ')).toMatch(/≡.*Settings.*Not \[your name\]\? Sign out.*Sign out.*confirm/);
    expect(phone!.steps.map((step) => step.text.pl).join(' | ')).toMatch(/≡.*Ustawienia.*Nie jesteś \[Twoje imię\]\? Wyloguj się.*Wyloguj się/);
    expect(windows!.steps.map((step) => step.text.en).join(' | ')).toMatch(/Hello, \[your name\].*Sign out/);
    expect(windows!.steps.map((step) => step.text.pl).join(' | ')).toMatch(/Cześć, \[Twoje imię\].*Wyloguj się/);
    for (const guide of MANUAL_GUIDES) {
      // The seed's "Wychodzić" is a machine translation of "Sign out": never shown as a label to look for.
      for (const text of texts(guide)) expect(text.text.pl).not.toContain('Wychodzić');
    }
  });

  it('says that Signoff has no remote sign-out guide for Amazon yet, and that what Amazon offers comes from third-party pages', () => {
    for (const guide of manualGuidesFor('amazon')) {
      expect(guide.withoutDevice.text.en).toContain('Signoff has no guide yet');
      expect(guide.withoutDevice.text.en).toContain('not Amazon’s own help, and not checked by Signoff');
      expect(guide.withoutDevice.text.pl).toContain('nie pomoc Amazona i niesprawdzone przez Signoff');
      expect(guide.withoutDevice.provenance.join(' ')).toMatch(/third-party/);
    }
  });

  it('lets the popup link exactly the recipes that have manual guides, without loading their texts', () => {
    expect([...RECIPES_WITH_MANUAL_GUIDES].sort()).toEqual([...new Set(MANUAL_GUIDES.map((guide) => guide.recipeId))].sort());
    expect(manualGuidesHrefFor('amazon:amazon.pl')).toBe('/manual-guides.html?site=amazon');
    expect(manualGuidesHrefFor('dell:dell.com')).toBeUndefined();
    expect(manualGuidesPath('amazon', 'amazon-app-windows')).toBe('/manual-guides.html?site=amazon#amazon-app-windows');
  });
});

function show(messages: LocaleMessages, lang: string, node: preact.ComponentChildren) {
  const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
  render(<I18nContext.Provider value={{ t, lang }}>{node}</I18nContext.Provider>);
}

describe('manual guides page', () => {
  it.each([
    ['en', en, 'Tap “Not [your name]? Sign out”.', 'Signing out of Amazon outside the browser'],
    ['pl', pl, 'Stuknij „Nie jesteś [Twoje imię]? Wyloguj się”.', 'Wylogowanie z Amazon poza przeglądarką'],
    ['uk', uk, 'Tap “Not [your name]? Sign out”.', 'Вихід із Amazon поза браузером'],
  ] as const)('in %s: the steps of both surfaces, numbered, in the guide language', (lang, messages, step, heading) => {
    show(messages as LocaleMessages, lang, <ManualGuidesPage siteName="Amazon" guides={manualGuidesFor('amazon')} language={guideLanguage(lang)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    const guides = screen.getAllByTestId('manual-guide');
    expect(guides.map((guide) => guide.dataset.guideId)).toEqual(['amazon-app-phone', 'amazon-app-windows']);
    expect(within(guides[0]!).getAllByRole('listitem').map((item) => item.textContent)).toContain(step);
    // A Ukrainian interface says the steps are in English; the others need no such note.
    expect(screen.queryByTestId('manual-steps-language') !== null).toBe(lang === 'uk');
  });

  it('lists the manual guides on the options page, each linking to its place on the page', () => {
    show(pl as LocaleMessages, 'pl', <ManualGuidesSection guides={MANUAL_GUIDES} language="pl" />);
    const links = screen.getAllByRole('link', { name: 'Pokaż kroki' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/manual-guides.html?site=amazon#amazon-app-phone',
      '/manual-guides.html?site=amazon#amazon-app-windows',
    ]);
    expect(screen.getByText('Aplikacja Amazon w systemie Windows')).toBeTruthy();
  });
});
