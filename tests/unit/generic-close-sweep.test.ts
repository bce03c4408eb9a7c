import { describe, expect, it, vi } from 'vitest';

const cleared: string[] = [];
vi.mock('@/utils/browser/site-data', () => ({ clearSiteData: async (site: { domain: string }) => void cleared.push(site.domain) }));
vi.mock('@/utils/jobs/sign-out-by-request', () => ({ signOutByRequest: async () => false }));

const { db } = await import('@/utils/db');
const { saveSettings } = await import('@/utils/settings');
const { sweepOnLastWindowClosed } = await import('@/utils/reminders/close-sweep');

describe('the close sweep and sites without a recipe', () => {
  it('clears a session found by heuristics like any other', async () => {
    await saveSettings({ mode: 'shared', closeSweep: 'sign-out-then-clear' });
    await db.sessions.put({
      id: 'generic:beispiel.de',
      recipeId: 'generic',
      siteName: 'forum.beispiel.de',
      domain: 'beispiel.de',
      origin: 'https://forum.beispiel.de',
      cookieNames: ['bsp_sid'],
      signedInAt: Date.now(),
      lastSeenAt: Date.now(),
      detectedBy: 'heuristics',
    });
    await sweepOnLastWindowClosed();
    expect(cleared).toEqual(['beispiel.de']);
    expect(await db.audit.toArray()).toMatchObject([{ recipeId: 'generic', domain: 'beispiel.de', outcome: 'cleared', trigger: 'close' }]);
  });
});
