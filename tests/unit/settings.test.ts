import { describe, expect, it } from 'vitest';
import { applyPolicy } from '@/utils/policy';
import { loadUserSettings, migrateSettings, saveSettings } from '@/utils/settings';

/** A recipe an administrator might push: an intranet application no built-in recipe covers. */
const intranet = {
  id: 'intranet',
  name: 'Intranet',
  sites: [{ domain: 'intranet.firma.pl', origin: 'https://intranet.firma.pl', authCookies: ['INTRANET_SESSION'] }],
  signOut: [{ kind: 'url', path: '/logout' }],
  provenance: { sources: [{ url: 'https://intranet.firma.pl/', note: 'Our own application.' }], checked: '2026-11-20' },
};

const DEFAULTS = {
  version: 2,
  keepList: [],
  detectOtherSites: false,
  idleMinutes: 10,
  closeSweep: 'sign-out-then-clear',
  reminders: true,
  language: 'auto',
};

describe('settings', () => {
  it('has defaults on first run, with the mode still to be chosen', async () => {
    const settings = await loadUserSettings();
    expect(settings).toEqual(DEFAULTS);
    expect(settings.mode).toBeUndefined();
  });

  it('saves and reads back a keep list', async () => {
    await saveSettings({ keepList: ['outlook.live.com'] });
    expect((await loadUserSettings()).keepList).toEqual(['outlook.live.com']);
  });

  it('refuses to save an invalid value and keeps the stored one', async () => {
    await expect(saveSettings({ keepList: ['https://x.pl/'] })).rejects.toThrow();
    await expect(saveSettings({ idleMinutes: 0 })).rejects.toThrow();
    expect(await loadUserSettings()).toEqual(DEFAULTS);
  });

  it('migrates version 1 (or a damaged value) without losing the keep list', () => {
    const v1 = { version: 1, keepList: ['mail.example.pl', 'not a domain'], detectOtherSites: 'yes' };
    expect(migrateSettings(v1)).toEqual({ ...DEFAULTS, keepList: ['mail.example.pl'] });
    expect(migrateSettings({ version: 1, keepList: ['poczta.firma.pl'], detectOtherSites: true })).toEqual({
      ...DEFAULTS,
      keepList: ['poczta.firma.pl'],
      detectOtherSites: true,
    });
    expect(migrateSettings('garbage')).toEqual(DEFAULTS);
  });
});

describe('administrator policy', () => {
  it('overrides the user and marks the fields locked', () => {
    const user = migrateSettings({ mode: 'personal', idleMinutes: 30, keepList: ['a.pl'] });
    const { settings, locked } = applyPolicy(user, { forceMode: 'shared', idleMinutes: 5, keepList: ['intranet.firma.pl'] });
    expect(settings).toMatchObject({ mode: 'shared', idleMinutes: 5, keepList: ['intranet.firma.pl'], closeSweep: 'sign-out-then-clear' });
    expect(locked.sort()).toEqual(['idleMinutes', 'keepList', 'mode']);
  });

  it('accepts valid extra recipes and names the bad field of an invalid one without losing the rest', () => {
    const bad = { ...structuredClone(intranet), id: 'Bad Id' };
    const { policyRecipes, policyRecipeErrors } = applyPolicy(migrateSettings({}), { extraRecipes: [intranet, bad] });
    expect(policyRecipes.map((r) => r.id)).toEqual(['intranet']);
    expect(policyRecipeErrors).toHaveLength(1);
    expect(policyRecipeErrors[0]).toContain('extraRecipes.1: id:');
  });
});
