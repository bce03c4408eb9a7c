import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineVersionedStoredItem } from '@/utils/browser/versioned-stored-item';
import { SignoffDb } from '@/utils/db';
import { readReplyTo } from '@/utils/messaging/command-reply';
import type { CommandReplies } from '@/utils/messaging/protocol';
import type { GuideCommandReplies } from '@/utils/guides/protocol';
import { readReminderLog } from '@/utils/reminders/reminder-log';
import { leftoversItem } from '@/utils/reminders/leftovers';
import { loadUserSettings } from '@/utils/settings';
import { watchStoredChanges } from '@/utils/stored-changes';

// Issue #13 §4: stored values are typed items read through a parser, watched per key, migrated by version.

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('stored values are parsed on every read', () => {
  it('falls back to the typed default when the stored value is not what it should be', async () => {
    await fakeBrowser.storage.local.set({ reminderLog: { bySession: 'everything', recent: [1, 'two'] } });
    expect(await readReminderLog()).toEqual({ bySession: {}, recent: [] });
    await fakeBrowser.storage.local.set({ leftovers: { at: 'yesterday', sites: ['a'] } });
    expect(await leftoversItem.get()).toBeUndefined();
    await fakeBrowser.storage.local.set({ leftovers: { at: 5, sites: ['Amazon (amazon.pl)', 7] } });
    expect(await leftoversItem.get()).toEqual({ at: 5, sites: ['Amazon (amazon.pl)'] });
  });

  it('keeps the good settings fields of a damaged record', async () => {
    await fakeBrowser.storage.local.set({ settings: { idleMinutes: 'soon', keepList: ['poczta.example', 'not a domain'], reminders: false } });
    const settings = await loadUserSettings();
    expect(settings.idleMinutes).toBe(10);
    expect(settings.keepList).toEqual(['poczta.example']);
    expect(settings.reminders).toBe(false);
  });
});

describe('versioned migrations', () => {
  it('migrates a value stored before its version once, and marks it with the version', async () => {
    await fakeBrowser.storage.local.set({ probeShape: { names: 'a,b' } });
    const migrate = vi.fn((stored: unknown) => ({ names: String((stored as { names: string }).names).split(',') }));
    const item = defineVersionedStoredItem('local:probeShape', {
      parse: (stored) => (stored as { names?: string[] } | null)?.names ?? [],
      version: 2,
      migrations: { 2: migrate },
    });
    expect(await item.get()).toEqual(['a', 'b']);
    expect((await fakeBrowser.storage.local.get('probeShape$')).probeShape$).toEqual({ v: 2 });
    expect(migrate).toHaveBeenCalledTimes(1);
  });

  it('stamps the settings record written before versioning as version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 'shared', keepList: ['poczta.example'] } });
    vi.resetModules();
    const { loadUserSettings: loadFresh } = await import('@/utils/settings');
    expect((await loadFresh()).mode).toBe('shared');
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ version: 2, keepList: ['poczta.example'] });
  });
});

describe('stored rows follow a renamed concept', () => {
  it('an "I\'m leaving" batch stored as "handover" reads as "leave" after the upgrade', async () => {
    const name = 'signoff-rename-test';
    const before = new Dexie(name);
    before.version(3).stores({ batches: 'id, startedAt' });
    await before.table('batches').bulkAdd([
      { id: 'b1', startedAt: 1, trigger: 'handover', kept: [] },
      { id: 'b2', startedAt: 2, trigger: 'popup', kept: [] },
    ]);
    before.close();
    const after = new SignoffDb(name);
    expect((await after.batches.toArray()).map((batch) => batch.trigger)).toEqual(['leave', 'popup']);
    after.close();
    await Dexie.delete(name);
  });
});

describe('the background reruns only what a changed value affects', () => {
  it('a reminder, a countdown or a remembered tab reruns nothing; settings and imported recipes rerun their own', async () => {
    const effects = { settings: vi.fn(), importedRecipes: vi.fn(), policy: vi.fn() };
    const stop = watchStoredChanges(effects);
    await fakeBrowser.storage.local.set({ reminderLog: { bySession: { a: 1 }, recent: [1] }, idleCountdown: 123 });
    await fakeBrowser.storage.session.set({ tabSites: { 4: 'amazon:amazon.pl' } });
    await settle();
    expect(effects.settings).not.toHaveBeenCalled();
    expect(effects.importedRecipes).not.toHaveBeenCalled();
    expect(effects.policy).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ settings: { mode: 'shared' } });
    await settle();
    expect(effects.settings).toHaveBeenCalledTimes(1);
    expect(effects.importedRecipes).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ importedRecipes: [] });
    await settle();
    expect(effects.importedRecipes).toHaveBeenCalledTimes(1);
    expect(effects.settings).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('replies are typed per command and read where they arrive', () => {
  it('refuses a success that lacks the id its command promises', () => {
    expect(readReplyTo<CommandReplies, 'sign-out'>('sign-out', { ok: true })).toEqual({ ok: false, error: 'invalid-reply' });
    expect(readReplyTo<CommandReplies, 'sign-out'>('sign-out', { ok: true, jobId: 'j' })).toEqual({ ok: true, jobId: 'j' });
    expect(readReplyTo<CommandReplies, 'leave'>('leave', { ok: true, jobId: 'j' })).toEqual({ ok: false, error: 'invalid-reply' });
    expect(readReplyTo<GuideCommandReplies, 'start-guide'>('start-guide', { ok: true, runId: 'r' })).toEqual({ ok: true, runId: 'r' });
    expect(readReplyTo<CommandReplies, 'dismiss-leftovers'>('dismiss-leftovers', { ok: true })).toEqual({ ok: true });
    expect(readReplyTo<CommandReplies, 'sign-out'>('sign-out', { ok: false, error: 'reasonUnknownSession' })).toEqual({
      ok: false,
      error: 'reasonUnknownSession',
    });
  });
});
