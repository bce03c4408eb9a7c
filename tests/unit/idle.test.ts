import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const shown: string[] = [];
vi.mock('@/utils/browser/notifications', () => ({
  showNotification: async (id: string) => void shown.push(id),
  clearNotification: async (id: string) => void shown.splice(shown.indexOf(id), 1),
}));
const signOutEverywhere = vi.fn(async () => 'batch');
vi.mock('@/utils/jobs/sign-out-everywhere', () => ({ signOutEverywhere: () => signOutEverywhere() }));

const { db } = await import('@/utils/db');
const { onIdleState, IDLE_ALARM, IDLE_NOTIFICATION } = await import('@/utils/reminders/idle');
const { saveSettings } = await import('@/utils/settings');

async function signedIn() {
  await db.sessions.put({ id: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl', cookieNames: ['at-acbpl'], signedInAt: 1, lastSeenAt: 1 });
}

beforeEach(async () => {
  shown.length = 0;
  signOutEverywhere.mockClear();
  await db.sessions.clear();
});

describe('idle sign-out wiring (shared mode)', () => {
  it('going idle starts a countdown with a notification and an alarm; coming back cancels both', async () => {
    await saveSettings({ mode: 'shared' });
    await signedIn();
    const now = Date.now();
    await onIdleState('idle', now);
    expect(shown).toEqual([IDLE_NOTIFICATION]);
    expect(await fakeBrowser.alarms.get(IDLE_ALARM)).toMatchObject({ scheduledTime: now + 60_000 });
    await onIdleState('active', now + 5_000);
    expect(shown).toEqual([]);
    expect(await fakeBrowser.alarms.get(IDLE_ALARM)).toBeUndefined();
    expect(signOutEverywhere).not.toHaveBeenCalled();
  });

  it('signs out everywhere when the countdown runs out while the screen is still locked', async () => {
    await saveSettings({ mode: 'shared' });
    await signedIn();
    const now = Date.now();
    await onIdleState('locked', now);
    await onIdleState('locked', now + 60_000);
    expect(signOutEverywhere).toHaveBeenCalledOnce();
    expect(shown).toEqual([]);
  });

  it('does nothing on a personal computer', async () => {
    await saveSettings({ mode: 'personal' });
    await signedIn();
    await onIdleState('locked');
    expect(shown).toEqual([]);
    expect(signOutEverywhere).not.toHaveBeenCalled();
  });
});
