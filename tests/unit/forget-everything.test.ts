// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../utils/db';
import { forgetEverything } from '../../utils/history';
import { keepSnapshot, keptSnapshot, POPUP_PAGE } from '../../utils/popup-snapshot-cache';

describe('"Forget everything"', () => {
  const toolbarPopups: string[] = [];
  beforeEach(() => {
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ popup }) => void toolbarPopups.push(popup ?? ''));
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  });

  it("empties the tables and storage, the popup's copy of its rows, and sets the toolbar's popup back to the plain page itself (a stopped background would not)", async () => {
    await db.sessions.put({ id: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl', accountName: 'Jan', cookieNames: ['x-acbpl'], signedInAt: 1, lastSeenAt: 1 });
    await fakeBrowser.storage.session.set({ popupSnapshot: { language: 'auto' } });
    const kept = { writtenAt: 9, language: 'auto' as const, sessions: [{ id: 'amazon:amazon.pl', siteName: 'Amazon', domain: 'amazon.pl', accountName: 'Jan', signedInAt: 1 }], jobs: [], batches: [] };
    keepSnapshot(kept);
    expect(keptSnapshot('#9')?.sessions.map((s) => s.id)).toEqual(['amazon:amazon.pl']);
    await forgetEverything();
    expect(await db.sessions.count()).toBe(0);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(toolbarPopups).toEqual([POPUP_PAGE]);
    expect(localStorage.length).toBe(0); // The popup's own copy of its rows.
  });
});
