import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReceiptRow } from '@/utils/guides/rows';

// Issue #11 §7: what a shared computer remembers. Cookies and site data are faked behind Signoff's adapters.
const jar = new Set<string>();
vi.mock('@/utils/browser/cookies', () => ({
  authCookieNames: async (site: { authCookies: string[] }) => site.authCookies.filter((name) => jar.has(name)),
  removeAllCookies: async () => undefined,
}));
vi.mock('@/utils/browser/badge', () => ({ showBadge: async () => undefined }));
const cleared: string[] = [];
vi.mock('@/utils/browser/site-data', () => ({ clearSiteData: async (site: { domain: string }) => void (cleared.push(site.domain), jar.clear()) }));
vi.mock('@/utils/jobs/sign-out-by-request', () => ({ signOutByRequest: async () => false }));

const { db } = await import('@/utils/db');
const { saveSettings } = await import('@/utils/settings');
const { recordOutcome } = await import('@/utils/jobs/job-store');
const { sweepOnLastWindowClosed } = await import('@/utils/reminders/close-sweep');
const { RETENTION, pruneGuideRuns, pruneReceipts } = await import('@/utils/retention');

async function jobFor(accountName: string) {
  const now = Date.now();
  await db.jobs.add({
    id: 'job-1', kind: 'sign-out', sessionId: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl',
    accountName, phase: 'verifying', methodIndex: 0, stepIndex: 0, resumes: 0, openedTab: false,
    createdAt: now, updatedAt: now, deadline: now + 60_000,
  });
}

function session(domain: string, accountName?: string) {
  return {
    id: `amazon:${domain}`, recipeId: 'amazon', siteName: 'Amazon', domain, cookieNames: ['at-acbpl'],
    signedInAt: Date.now(), lastSeenAt: Date.now(), ...(accountName ? { accountName } : {}),
  };
}

beforeEach(() => {
  jar.clear();
  cleared.length = 0;
});

describe('shared mode keeps no account names once a sign-out is done', () => {
  it('shared: the finished job and its audit row name no account', async () => {
    await saveSettings({ mode: 'shared' });
    await jobFor('Jan');
    await recordOutcome('job-1', 'verified', { key: 'reasonVerified' }, 'steps');
    expect((await db.jobs.get('job-1'))?.accountName).toBeUndefined();
    const [row] = await db.audit.toArray();
    expect(row).toMatchObject({ domain: 'amazon.pl', outcome: 'verified' });
    expect(row?.accountName).toBeUndefined();
    expect(JSON.stringify(await db.audit.toArray())).not.toContain('Jan');
  });

  it('personal: the person\'s own history keeps the name', async () => {
    await saveSettings({ mode: 'personal' });
    await jobFor('Jan');
    await recordOutcome('job-1', 'verified', { key: 'reasonVerified' }, 'steps');
    expect((await db.audit.toArray())[0]?.accountName).toBe('Jan');
  });

  it('the close sweep records no account name', async () => {
    await saveSettings({ mode: 'shared', closeSweep: 'clear-only' });
    await db.sessions.put(session('amazon.pl', 'Jan'));
    await sweepOnLastWindowClosed();
    expect(JSON.stringify(await db.audit.toArray())).not.toContain('Jan');
  });
});

describe('the close sweep honours the keep list', () => {
  it('leaves a kept site alone and sweeps the others', async () => {
    await saveSettings({ mode: 'shared', closeSweep: 'clear-only', keepList: ['amazon.de'] });
    await db.sessions.bulkPut([session('amazon.pl'), session('amazon.de')]);
    await sweepOnLastWindowClosed();
    expect(cleared).toEqual(['amazon.pl']);
    expect((await db.audit.toArray()).map((row) => row.domain)).toEqual(['amazon.pl']);
  });

  it('without access to a site, records "failed" instead of a removal nobody saw', async () => {
    await saveSettings({ mode: 'shared', closeSweep: 'clear-only' });
    await db.sessions.put(session('amazon.pl'));
    fakeBrowser.permissions.contains = async () => false;
    await sweepOnLastWindowClosed();
    expect(cleared).toEqual([]);
    expect(await db.audit.toArray()).toMatchObject([{ domain: 'amazon.pl', outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } }]);
  });
});

describe('storage cannot grow without bound', () => {
  it('the audit keeps its newest rows only', async () => {
    await saveSettings({ mode: 'personal' });
    const old = Array.from({ length: RETENTION.auditRows + 30 }, (_, i) => ({
      at: i, action: 'sign-out' as const, recipeId: 'amazon', domain: 'amazon.pl', outcome: 'cleared' as const, reason: { key: 'reasonTimeout' as const }, durationMs: 1,
    }));
    await db.audit.bulkAdd(old);
    await jobFor('Jan');
    await recordOutcome('job-1', 'verified', { key: 'reasonVerified' });
    const rows = await db.audit.orderBy('at').toArray();
    expect(rows).toHaveLength(RETENTION.auditRows);
    expect(rows.at(-1)?.outcome).toBe('verified'); // The newest stays.
    expect(rows[0]?.at).toBe(31);
  });

  it('receipts are capped, and only the newest keep their screenshots', async () => {
    const receipt = (i: number): ReceiptRow => ({
      id: `r${i}`, runId: `run${i}`, recipeId: 'amazon', guideId: 'cancel-prime', siteName: 'Amazon', domain: 'amazon.pl',
      kind: 'cancel-subscription', what: { en: 'Prime', pl: 'Prime' }, at: i, confirmationText: 'ok', url: 'https://www.amazon.pl/',
      screenshot: 'data:image/jpeg;base64,AAAA',
    });
    await db.receipts.bulkAdd(Array.from({ length: RETENTION.receipts + 5 }, (_, i) => receipt(i)));
    await pruneReceipts();
    const kept = await db.receipts.orderBy('at').reverse().toArray();
    expect(kept).toHaveLength(RETENTION.receipts);
    expect(kept.filter((row) => row.screenshot)).toHaveLength(RETENTION.receiptScreenshots);
    expect(kept.slice(0, RETENTION.receiptScreenshots).every((row) => row.screenshot)).toBe(true);
  });

  it('finished guide runs are capped; active ones are never removed', async () => {
    const base = { recipeId: 'amazon', guideId: 'cancel-prime', siteName: 'Amazon', domain: 'amazon.pl', stepIndex: 0, position: 'step' as const, acknowledged: [], offersSeen: [], startedAt: 0 };
    await db.guideRuns.bulkAdd(Array.from({ length: RETENTION.finishedGuideRuns + 10 }, (_, i) => ({ ...base, id: `done${i}`, status: 'abandoned' as const, updatedAt: i })));
    await db.guideRuns.add({ ...base, id: 'active', status: 'active', updatedAt: -1 });
    await pruneGuideRuns();
    expect(await db.guideRuns.count()).toBe(RETENTION.finishedGuideRuns + 1);
    expect(await db.guideRuns.get('active')).toBeDefined();
  });
});
