// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '../../components/I18nContext';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PrivacyPolicy } from '../../components/PrivacyPolicy';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';
import { Settings } from '../../utils/settings';
import wxtConfig, { SOURCES_ZIP_EXCLUDES } from '../../wxt.config';

const projectRoot = join(import.meta.dirname, '..', '..');

/** What the stores read from the package: names, descriptions, icons; and what `npm run zip` leaves out. */
const load = (lang: string): LocaleMessages =>
  JSON.parse(readFileSync(join(projectRoot, 'public', '_locales', lang, 'messages.json'), 'utf8')) as LocaleMessages;
const LANGS = ['en', 'pl', 'uk'] as const;

afterEach(cleanup);

describe('store listing', () => {
  it.each(LANGS)('%s: the manifest description fits the stores (≤ 132 characters), the long description is there', (lang) => {
    const messages = load(lang);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
    const long = messages.storeDescription!.message;
    expect(long.length).toBeGreaterThan(400);
    // The Chrome Web Store takes up to 16,000 characters; no placeholders in a text the stores show as is.
    expect(long.length).toBeLessThan(16_000);
    expect(long).not.toMatch(/\$\w+\$/);
  });

  it('has icons at every size the stores and browsers ask for, each PNG of its own size', () => {
    for (const size of [16, 32, 48, 96, 128]) {
      const file = join(projectRoot, 'public', 'icon', `${size}.png`);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('leaves test output, scratch files and screenshots out of the sources zip', () => {
    const config = wxtConfig as { zip?: { excludeSources?: string[] } };
    expect(config.zip?.excludeSources).toEqual(SOURCES_ZIP_EXCLUDES);
    for (const pattern of ['test-results/**', '.tmp/**', 'docs/screenshots/**']) expect(SOURCES_ZIP_EXCLUDES).toContain(pattern);
  });
});

describe('privacy policy page', () => {
  function show(lang: (typeof LANGS)[number], children: ComponentChildren) {
    const messages = load(lang);
    const t = (key: string, subs?: string | string[]) => formatMessage(messages[key], subs);
    return render(<I18nContext.Provider value={{ t, lang }}>{children}</I18nContext.Provider>);
  }

  it.each(LANGS)('%s: says that nothing leaves the device, what is stored locally and how to delete it', (lang) => {
    const messages = load(lang);
    show(lang, <PrivacyPolicy />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages.privacyTitle!.message);
    const text = screen.getByTestId('privacy-policy').textContent ?? '';
    for (const key of ['privacySummary', 'privacyRequests', 'privacyStoredSessions', 'privacyStoredGuides', 'privacyNever', 'privacyDelete']) {
      expect(text).toContain(messages[key]!.message);
    }
    // The deletion text names the real button.
    expect(messages.privacyDelete!.message).toContain(messages.forgetEverything!.message);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(4);
  });

  it('is linked from the options page', () => {
    show(
      'en',
      <OptionsApp
        settings={Settings.parse({})}
        locked={[]}
        policyErrors={[]}
        onChange={() => undefined}
        onAddKept={async () => undefined}
        onRemoveKept={() => undefined}
        onExport={() => undefined}
        onForgetEverything={async () => undefined}
      />,
    );
    const link = screen.getByRole('link', { name: /Privacy policy/ });
    expect(link.getAttribute('href')).toBe('/privacy.html');
  });
});
