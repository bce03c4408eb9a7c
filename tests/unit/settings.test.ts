import { describe, expect, it } from 'vitest';
import { loadSettings, migrateSettings, saveSettings } from '@/utils/settings';

describe('settings', () => {
  it('has defaults on first run', async () => {
    expect(await loadSettings()).toEqual({ version: 1, keepList: [], detectOtherSites: false });
  });

  it('saves and reads back a keep list', async () => {
    await saveSettings({ keepList: ['outlook.live.com'] });
    expect((await loadSettings()).keepList).toEqual(['outlook.live.com']);
  });

  it('refuses to save an invalid domain', async () => {
    await expect(saveSettings({ keepList: ['https://x.pl/'] })).rejects.toThrow();
    expect((await loadSettings()).keepList).toEqual([]);
  });

  it('migrates a damaged or older value without losing the keep list', () => {
    expect(migrateSettings({ keepList: ['mail.example.pl', 'not a domain'], detectOtherSites: 'yes', version: 0 })).toEqual({
      version: 1,
      keepList: ['mail.example.pl'],
      detectOtherSites: false,
    });
    expect(migrateSettings('garbage')).toEqual({ version: 1, keepList: [], detectOtherSites: false });
  });
});
