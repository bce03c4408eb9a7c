// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupStore, type PopupTables } from '../../entrypoints/popup/store';
import { latestBatchView } from '../../utils/batch-model';
import { db } from '../../utils/db';
import type { BatchRow, JobRow, SessionRow } from '../../utils/db-schema';
import { t } from '../../utils/i18n';
import { buildPopupModel, RESULT_TTL_MS } from '../../utils/popup-model';
import { buildPopupSnapshot, popupSnapshotItem, readPopupSnapshot } from '../../utils/popup-snapshot';
import type { PopupSnapshot } from '../../utils/popup-snapshot-schema';
import { keepPopupSnapshot, writePopupSnapshot } from '../../utils/sessions/popup-snapshot-writer';
import { POPUP_PAGE, popupAddress } from '../../utils/popup-snapshot-cache';

// The popup draws its first rows from the background's snapshot, then from the database (issue #13 §6).

const NOW = Date.UTC(2026, 11, 7, 12, 0);

function session(id: string, siteName: string, extra: Partial<SessionRow> = {}): SessionRow {
  const [recipeId = '', domain = ''] = id.split(':');
  return { id, recipeId, siteName, domain, cookieNames: ['sid'], signedInAt: NOW - 3_600_000, lastSeenAt: NOW, ...extra };
}

function job(id: string, sessionId: string, extra: Partial<JobRow> = {}): JobRow {
  const [recipeId = '', domain = ''] = sessionId.split(':');
  return {
    id, kind: 'sign-out', sessionId, recipeId, siteName: recipeId, domain, phase: 'done', methodIndex: 0, stepIndex: 2, resumes: 1,
    tabId: 7, openedTab: true, createdAt: NOW - 120_000, updatedAt: NOW - 60_000, deadline: NOW, ...extra,
  };
}

const sessions: SessionRow[] = [
  session('amazon:amazon.pl', 'Amazon', {
    accountName: 'Jan',
    siteCheck: { state: 'confirmed', at: NOW, named: true },
    accountFlows: ['switchAccount'],
    guides: [{ id: 'prime', menuLabel: { en: 'Cancel Prime', pl: 'Anuluj Prime' }, kind: 'cancel' }],
  }),
  session('google:google.com', 'Google', { siteCheck: { state: 'unconfirmed', at: NOW, why: 'offline' }, endsAllAccountsOf: 'Google' }),
  session('generic:shop.example', 'www.shop.example', { detectedBy: 'heuristics', origin: 'https://www.shop.example' }),
  session('github:github.com', 'GitHub', { sharedSignIn: [{ name: 'Gist', host: 'gist.github.com' }] }),
  // Signed out a minute ago and signed in again since: its result and its row both show.
  session('x:x.com', 'X', { signedInAt: NOW - 10_000 }),
];
const batches: BatchRow[] = [
  { id: 'old', startedAt: NOW - 7_200_000, trigger: 'popup', kept: [] },
  { id: 'last', startedAt: NOW - 300_000, trigger: 'leave', kept: ['bank.pl'], closedTabs: 3 },
];
const jobs: JobRow[] = [
  job('running', 'google:google.com', { phase: 'verifying', outcome: undefined }),
  job('orphan', 'dropbox:dropbox.com', { phase: 'running' }), // Its session row is already gone.
  job('result', 'github:github.com', { outcome: 'verified', finishedAt: NOW - 60_000, forgotRemembered: true }),
  job('x-result', 'x:x.com', { outcome: 'cleared', reason: { key: 'reasonSiteStillSignedIn', detail: 'x.com' }, finishedAt: NOW - 60_000 }),
  job('dismissed', 'ebay:ebay.pl', { outcome: 'failed', dismissed: true, finishedAt: NOW - 60_000 }),
  job('expired', 'olx:olx.pl', { outcome: 'verified', finishedAt: NOW - RESULT_TTL_MS - 1 }),
  // The latest batch's jobs count in its summary, dismissed or not.
  job('batch-1', 'wp:wp.pl', { batchId: 'last', outcome: 'verified', dismissed: true, leftoversCleared: true, finishedAt: NOW - 200_000 }),
  job('batch-2', 'onet:onet.pl', { batchId: 'last', outcome: 'failed', finishedAt: NOW - 100_000 }),
  job('old-batch', 'wp:wp.pl', { batchId: 'old', outcome: 'verified', dismissed: true, finishedAt: NOW - 7_000_000 }),
];

describe('the snapshot the background writes for the popup', () => {
  it('draws what the database would, now and at any later moment, with only what the popup reads', () => {
    const snapshot = buildPopupSnapshot({ sessions, jobs, batches }, 'auto', NOW);
    for (const later of [NOW, NOW + 60_000, NOW + RESULT_TTL_MS - 100_000, NOW + RESULT_TTL_MS + 1, NOW + 86_400_000]) {
      expect(buildPopupModel(snapshot.sessions, snapshot.jobs, later)).toEqual(buildPopupModel(sessions, jobs, later));
      expect(latestBatchView(snapshot.batches, snapshot.jobs, later)).toEqual(latestBatchView(batches, jobs, later));
    }
    // GitHub's row gives way to its result; X signed in again after its own; the orphan job shows as a row.
    expect(buildPopupModel(snapshot.sessions, snapshot.jobs, NOW).sessions.map((s) => s.sessionId)).toEqual([
      'amazon:amazon.pl', 'dropbox:dropbox.com', 'google:google.com', 'generic:shop.example', 'x:x.com',
    ]);
    // Jobs it can never show again are left out, and what only the background uses is not copied.
    expect(snapshot.jobs.map((j) => j.id)).toEqual(['running', 'orphan', 'result', 'x-result', 'batch-1', 'batch-2']);
    expect(snapshot.batches.map((b) => b.id)).toEqual(['last']);
    const stored = JSON.stringify(snapshot);
    for (const internal of ['cookieNames', 'lastSeenAt', 'origin', 'tabId', 'deadline', 'resumes', 'offline']) expect(stored).not.toContain(internal);
    expect(readPopupSnapshot(JSON.parse(stored))).toEqual(snapshot);
  });

  it('is parsed where the popup reads it: anything else reads as none', async () => {
    const good = buildPopupSnapshot({ sessions, jobs, batches }, 'auto', NOW);
    const bad: unknown[] = [
      null, 'snapshot', [], {},
      { ...good, sessions: [{ ...good.sessions[0], signedInAt: 'yesterday' }] },
      { ...good, jobs: [{ ...good.jobs[0], phase: 'signed-out' }] },
      { ...good, jobs: [{ ...good.jobs[2], reason: { key: 'reasonMadeUp' } }] },
      { ...good, jobs: [{ ...good.jobs[2], reason: 'reasonTimeout' }] },
      { ...good, batches: [{ ...good.batches[0], trigger: 'someone' }] },
      { ...good, language: 'de' },
      { ...good, sessions: [{ ...good.sessions[0], guides: [{ id: 'prime', menuLabel: 'Cancel' }] }] },
    ];
    for (const value of bad) expect(readPopupSnapshot(value)).toBeUndefined();
    await fakeBrowser.storage.session.set({ popupSnapshot: bad[4] });
    expect(await popupSnapshotItem.get()).toBeUndefined();
    await fakeBrowser.storage.session.set({ popupSnapshot: good });
    expect(await popupSnapshotItem.get()).toEqual(good);
  });
});

describe('the background keeps the snapshot with the database', () => {
  const toolbarPopups: string[] = [];
  beforeAll(() => keepPopupSnapshot());
  beforeEach(() => {
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async ({ popup }) => void toolbarPopups.push(popup ?? ''));
  });
  const stored = async () => (await popupSnapshotItem.get())?.sessions.map((s) => s.id).sort();

  it("names it in the toolbar popup's address: the same rows keep their time, other rows get a later one", async () => {
    await db.sessions.put(sessions[0]!);
    await vi.waitFor(async () => expect(await stored()).toEqual(['amazon:amazon.pl']));
    const first = (await popupSnapshotItem.get())!;
    await vi.waitFor(() => expect(toolbarPopups.at(-1)).toBe(popupAddress(first)));
    await writePopupSnapshot(true); // The popup opened: written again, the same rows.
    expect(await popupSnapshotItem.get()).toEqual(first);
    await db.sessions.put({ ...sessions[0]!, accountName: 'Anna' });
    await vi.waitFor(async () => expect((await popupSnapshotItem.get())?.sessions[0]?.accountName).toBe('Anna'));
    const second = (await popupSnapshotItem.get())!;
    expect(second.writtenAt).toBeGreaterThan(first.writtenAt);
    await vi.waitFor(() => expect(toolbarPopups.at(-1)).toBe(popupAddress(second)));
    await db.sessions.clear();
    await vi.waitFor(() => expect(toolbarPopups.at(-1)).toBe(POPUP_PAGE));
  });

  it('writes it with every change to the rows the popup shows, from the rows as they are', async () => {
    await db.sessions.put(sessions[0]!);
    await vi.waitFor(async () => expect(await stored()).toEqual(['amazon:amazon.pl']));
    await db.sessions.bulkPut(sessions.slice(1, 3));
    await vi.waitFor(async () => expect(await stored()).toEqual(['amazon:amazon.pl', 'generic:shop.example', 'google:google.com']));
    await db.jobs.put(jobs[0]!);
    await vi.waitFor(async () => expect((await popupSnapshotItem.get())?.jobs.map((j) => j.phase)).toEqual(['verifying']));
    await db.jobs.update('running', { phase: 'done', outcome: 'verified', finishedAt: Date.now() });
    await db.sessions.delete('google:google.com');
    await vi.waitFor(async () => expect(await stored()).toEqual(['amazon:amazon.pl', 'generic:shop.example']));
    expect((await popupSnapshotItem.get())?.jobs.map((j) => j.outcome)).toEqual(['verified']);
    await db.batches.put(batches[1]!);
    await vi.waitFor(async () => expect((await popupSnapshotItem.get())?.batches.map((b) => b.id)).toEqual(['last']));
  });

  it('writes it again after session storage was emptied, once the database changes', async () => {
    await db.sessions.put(sessions[3]!);
    await vi.waitFor(async () => expect(await stored()).toEqual(['github:github.com']));
    await fakeBrowser.storage.session.clear(); // A browser restart empties it; the worker writes at its start.
    await db.sessions.put({ ...sessions[3]!, accountName: 'octocat' });
    await vi.waitFor(async () => expect((await popupSnapshotItem.get())?.sessions[0]?.accountName).toBe('octocat'));
  });

  it('carries the language setting (the background writes it again when the settings change)', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'pl', idleMinutes: 30 } });
    await writePopupSnapshot();
    expect((await popupSnapshotItem.get())?.language).toBe('pl');
    await fakeBrowser.storage.local.set({ settings: { language: 'klingon' } });
    await writePopupSnapshot();
    expect((await popupSnapshotItem.get())?.language).toBe('auto');
  });
});

describe('the popup with a snapshot', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  /** A database read that answers when the test says so. */
  function database() {
    let answer!: (tables: PopupTables) => void;
    let fail!: (error: Error) => void;
    const read = vi.fn(() => new Promise<PopupTables>((resolve, reject) => ((answer = resolve), (fail = reject))));
    return { read, answer: (tables: PopupTables) => answer(tables), fail: (error: Error) => fail(error) };
  }

  function start(readSnapshot: () => Promise<PopupSnapshot | undefined>, read: () => Promise<PopupTables>) {
    const store = createPopupStore({ read, readSnapshot, send: vi.fn(async () => ({ ok: true as const })), t });
    stop = store.start();
    return store;
  }
  const ids = (store: ReturnType<typeof start>) => store.model.value?.sessions.map((s) => s.sessionId);
  const snapshot = buildPopupSnapshot({ sessions, jobs, batches }, 'pl', Date.now());

  it('draws the snapshot until the database answers, then the database, and keeps to it', async () => {
    const db = database();
    let lateSnapshot!: (value: PopupSnapshot) => void;
    const store = start(async () => snapshot, db.read);
    await vi.waitFor(() => expect(store.shownFrom.value).toBe('snapshot'));
    expect(ids(store)).toContain('amazon:amazon.pl');
    expect(store.batch.value?.id).toBe('last');
    // The database says otherwise (Amazon signed out since the snapshot was written): it wins.
    db.answer({ sessions: sessions.slice(1), jobs: [], batches: [] });
    await vi.waitFor(() => expect(store.shownFrom.value).toBe('database'));
    expect(ids(store)).not.toContain('amazon:amazon.pl');
    expect(store.batch.value).toBeUndefined();
    stop?.();

    // A snapshot that arrives after the database is never drawn.
    const db2 = database();
    const store2 = start(() => new Promise((resolve) => (lateSnapshot = resolve)), db2.read);
    db2.answer({ sessions: [sessions[1]!], jobs: [], batches: [] });
    await vi.waitFor(() => expect(store2.shownFrom.value).toBe('database'));
    lateSnapshot(snapshot);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store2.model.value?.sessions.map((s) => s.sessionId)).toEqual(['google:google.com']);
  });

  it('says "nothing signed in" only from the database, and leaves no unconfirmed snapshot when the database fails', async () => {
    const empty = database();
    const store = start(async () => ({ ...snapshot, sessions: [], jobs: [] }), empty.read);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.model.value).toBeUndefined(); // Still "loading".
    empty.answer({ sessions: [], jobs: [], batches: [] });
    await vi.waitFor(() => expect(store.model.value?.empty).toBe(true));
    stop?.();

    const failing = database();
    const store2 = start(async () => snapshot, failing.read);
    await vi.waitFor(() => expect(store2.shownFrom.value).toBe('snapshot'));
    failing.fail(new Error('IndexedDB unavailable'));
    await vi.waitFor(() => expect(store2.loadFailed.value).toBe(true));
    expect(store2.model.value).toBeUndefined();
  });
});
