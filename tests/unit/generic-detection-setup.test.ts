import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db';
import { syncGenericDetection, turnDetectionOff, turnDetectionOn } from '@/utils/generic/detection-setup';
import { loadUserSettings, saveSettings } from '@/utils/settings';

vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));

// fakeBrowser has no permissions or scripting: a small stand-in for both.
let granted: string[] = [];
let registered: { id: string; matches?: string[]; excludeMatches?: string[] }[] = [];
const calls: string[] = [];
let answer = true;

beforeEach(() => {
  granted = ['https://*.amazon.pl/*'];
  registered = [];
  calls.length = 0;
  answer = true;
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    request: async ({ origins }: { origins: string[] }) => {
      calls.push('request');
      if (answer) granted.push(...origins);
      return answer;
    },
    remove: async ({ origins }: { origins: string[] }) => {
      calls.push('remove');
      granted = granted.filter((o) => !origins.includes(o));
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (scripts: typeof registered) => void (calls.push('register'), registered.push(...scripts)),
    updateContentScripts: async (scripts: typeof registered) => void (calls.push('update'), (registered = scripts)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
      void (calls.push('unregister'), (registered = registered.filter((s) => !ids.includes(s.id)))),
  });
});

describe('"detect other sites": permission and detector registration', () => {
  it('turning it on asks for the permission first and keeps the setting only when granted', async () => {
    answer = false;
    expect(await turnDetectionOn()).toBe(false);
    expect((await loadUserSettings()).detectOtherSites).toBe(false);
    answer = true;
    expect(await turnDetectionOn()).toBe(true);
    expect((await loadUserSettings()).detectOtherSites).toBe(true);
    expect(calls).toEqual(['request', 'request']);
  });

  it('registers the detector for the granted https hosts only, never on recipe sites', async () => {
    await turnDetectionOn();
    await syncGenericDetection();
    expect(registered).toEqual([
      expect.objectContaining({
        id: 'signoff-generic-detector',
        matches: ['https://*/*'],
        excludeMatches: expect.arrayContaining(['https://*.amazon.pl/*']),
      }),
    ]);
    await syncGenericDetection();
    expect(calls.filter((c) => c === 'register' || c === 'update')).toEqual(['register', 'update']);
  });

  it('turning it off unregisters the detector, gives the permission back and forgets the sessions it found', async () => {
    await turnDetectionOn();
    await syncGenericDetection();
    await db.sessions.put({ id: 'generic:beispiel.de', recipeId: 'generic', siteName: 'forum.beispiel.de', domain: 'beispiel.de', origin: 'https://forum.beispiel.de', cookieNames: ['bsp_sid'], signedInAt: 1, lastSeenAt: 1, detectedBy: 'heuristics' });
    await turnDetectionOff();
    await syncGenericDetection();
    expect(registered).toEqual([]);
    expect(granted).toEqual(['https://*.amazon.pl/*']);
    expect(await db.sessions.count()).toBe(0);
  });

  it('when the person takes the access back in the browser, the setting turns off too', async () => {
    await turnDetectionOn();
    await syncGenericDetection();
    granted = ['https://*.amazon.pl/*'];
    await syncGenericDetection();
    expect(registered).toEqual([]);
    expect((await loadUserSettings()).detectOtherSites).toBe(false);
  });

  it('stays off by default', async () => {
    await saveSettings({});
    await syncGenericDetection();
    expect(calls).toEqual([]);
  });
});
