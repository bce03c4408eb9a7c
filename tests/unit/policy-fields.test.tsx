// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nContext } from '@/components/I18nContext';
import { OptionsApp } from '@/components/options/OptionsApp';
import { formatMessage, type LocaleMessages } from '@/utils/i18n';
import { loadEffectiveSettings, parseManagedPolicy } from '@/utils/policy';

// Issue #11 §6: one invalid policy value costs only itself; it is ignored and shown, the rest applies.

/** The policy the review wrote: everything right but one keep-list entry given as an address. */
const POLICY = {
  forceMode: 'shared',
  idleMinutes: 5,
  closeSweep: 'clear-only',
  keepList: ['intranet.firma.pl', 'https://intranet.example', 'poczta.firma.pl'],
};

afterEach(cleanup);

describe('administrator policy, field by field', () => {
  it('an invalid keep-list entry drops that entry only: shared mode, the idle time and the close sweep still apply', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    const { settings, locked, policyProblems } = await loadEffectiveSettings();
    expect(settings).toMatchObject({ mode: 'shared', idleMinutes: 5, closeSweep: 'clear-only', keepList: ['intranet.firma.pl', 'poczta.firma.pl'] });
    expect(locked.sort()).toEqual(['closeSweep', 'idleMinutes', 'keepList', 'mode']);
    expect(policyProblems).toEqual([expect.stringMatching(/^keepList\.1: "https:\/\/intranet\.example" ignored — /)]);
  });

  it.each([
    ['forceMode', { forceMode: 'kiosk' }, 'forceMode: "kiosk" ignored'],
    ['idleMinutes (out of range)', { idleMinutes: 0 }, 'idleMinutes: 0 ignored'],
    ['idleMinutes (a string)', { idleMinutes: '10' }, 'idleMinutes: "10" ignored'],
    ['closeSweep', { closeSweep: 'nuke' }, 'closeSweep: "nuke" ignored'],
    ['keepList (not a list)', { keepList: 'intranet.firma.pl' }, 'keepList: "intranet.firma.pl" ignored'],
    ['extraRecipes (not a list)', { extraRecipes: {} }, 'extraRecipes: {} ignored'],
    ['an unknown field', { forcemode: 'shared' }, 'forcemode: not a Signoff policy setting, ignored'],
  ])('ignores a bad %s and keeps the other fields', (_name, bad, problem) => {
    const { policy, problems } = parseManagedPolicy({ forceMode: 'shared', idleMinutes: 7, ...bad });
    expect(problems).toEqual([expect.stringContaining(problem)]);
    expect(policy.forceMode ?? 'shared').toBe('shared');
    if (!('idleMinutes' in bad)) expect(policy.idleMinutes).toBe(7);
  });

  it('the browser\'s policy schema declares the same fields and constrains keep-list entries to domains', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
      properties: Record<string, { items?: { pattern?: string } }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(['closeSweep', 'extraRecipes', 'forceMode', 'idleMinutes', 'keepList']);
    const pattern = new RegExp(schema.properties.keepList!.items!.pattern!);
    for (const entry of ['intranet.firma.pl', 'poczta.firma.pl', 'a-b.example.com']) expect(pattern.test(entry), entry).toBe(true);
    for (const entry of ['https://intranet.example', 'intranet', '.firma.pl', 'Firma.pl', 'firma.pl/path', '-x.pl']) expect(pattern.test(entry), entry).toBe(false);
  });

  it('no policy, or an empty one, is no problem', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: {}, problems: [] });
  });

  it.each(['en', 'pl'])('the options page shows each ignored value (%s)', (lang) => {
    const messages = JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as LocaleMessages;
    const t = (key: string, substitutions?: string | string[]) => formatMessage(messages[key], substitutions);
    const { policy, problems } = parseManagedPolicy(POLICY);
    expect(policy.forceMode).toBe('shared');
    render(
      <I18nContext.Provider value={{ t, lang }}>
        <OptionsApp
          settings={{ version: 2, mode: 'shared', keepList: [], detectOtherSites: false, idleMinutes: 5, closeSweep: 'clear-only', reminders: true, language: 'auto' }}
          locked={['mode']}
          policyErrors={[]}
          policyProblems={problems}
          onChange={() => undefined}
          onAddKept={async () => undefined}
          onRemoveKept={() => undefined}
          onExport={() => undefined}
          onForgetEverything={async () => undefined}
        />
      </I18nContext.Provider>,
    );
    const shown = screen.getAllByTestId('policy-problem').map((p) => p.textContent);
    expect(shown).toEqual([t('policyValueIgnored', problems[0]!)]);
    expect(shown[0]).toContain('https://intranet.example');
  });
});
