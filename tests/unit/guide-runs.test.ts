import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db';
import { onGuideReport, onTabLoaded, startGuide, stopGuide } from '@/utils/guides/guide-runs';
import type { GuideRunRow } from '@/utils/guides/rows';

const URL_PL = 'https://www.amazon.pl/mc/pipelines/cancellation';

async function run(overrides: Partial<GuideRunRow> = {}): Promise<GuideRunRow> {
  const row: GuideRunRow = {
    id: 'run-1',
    recipeId: 'amazon',
    guideId: 'cancel-prime',
    siteName: 'Amazon',
    domain: 'amazon.pl',
    status: 'active',
    stepIndex: 2,
    position: 'step',
    acknowledged: [],
    offersSeen: [],
    tabId: 7,
    startedAt: Date.now(),
    updatedAt: Date.now(),
    ...overrides,
  };
  await db.guideRuns.put(row);
  return row;
}

const progress = (extra: Record<string, unknown> = {}) =>
  ({ channel: 'guide-report', type: 'progress', runId: 'run-1', position: 'step', stepIndex: 4, ...extra }) as const;

describe('guide runs in the background', () => {
  it('records what the guide’s own tab reports, and nothing from another tab or site', async () => {
    await run();
    expect(await onGuideReport(progress(), 8, URL_PL)).toBeUndefined();
    expect(await onGuideReport(progress(), 7, 'https://www.amazon.com/mc/pipelines/cancellation')).toBeUndefined();
    expect(await onGuideReport(progress(), 7, 'https://evil.example/amazon.pl')).toBeUndefined();
    expect((await db.guideRuns.get('run-1'))!.stepIndex).toBe(2);

    const state = await onGuideReport(progress(), 7, URL_PL);
    expect(state).toMatchObject({ runId: 'run-1', status: 'active', stepIndex: 4 });
    await onGuideReport(progress({ position: 'retention', offerId: 'annual-plan' }), 7, URL_PL);
    await onGuideReport(progress({ position: 'retention', offerId: 'made-up' }), 7, URL_PL);
    expect((await db.guideRuns.get('run-1'))!.offersSeen).toEqual(['annual-plan']);
  });

  it('a completed ending finishes the run once and keeps a receipt (without a screenshot when the browser refuses)', async () => {
    await run();
    const report = progress({ position: 'ending', endingId: 'cancelled', confirmationText: 'Your Prime membership has been cancelled.' });
    const [first, second] = await Promise.all([onGuideReport(report, 7, URL_PL), onGuideReport(report, 7, URL_PL)]);
    expect([first?.status, second?.status]).toEqual(['completed', 'completed']);
    const receipts = await db.receipts.toArray();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({
      runId: 'run-1',
      domain: 'amazon.pl',
      kind: 'cancel-subscription',
      what: { en: 'Amazon Prime membership' },
      confirmationText: 'Your Prime membership has been cancelled.',
      url: URL_PL,
    });
    expect(receipts[0]!.screenshot).toBeUndefined();
    expect(receipts[0]!.screenshotError).toBeTruthy();
    expect(await db.guideRuns.get('run-1')).toMatchObject({ status: 'completed', endingId: 'cancelled', receiptId: receipts[0]!.id });
    // A finished run does not move any more.
    await onGuideReport(progress({ stepIndex: 1 }), 7, URL_PL);
    expect((await db.guideRuns.get('run-1'))!.stepIndex).toBe(4);
  });

  it('gives the capture permission (<all_urls>) back when the last running guide ends, not before (issue #11 §7)', async () => {
    const removed: string[][] = [];
    fakeBrowser.permissions.remove = vi.fn(async ({ origins = [] }: { origins?: string[] }) => (removed.push(origins), true));
    await run();
    await run({ id: 'run-2', guideId: 'close-account', tabId: 8 });
    await onGuideReport(progress({ position: 'ending', endingId: 'cancelled', confirmationText: 'Cancelled.' }), 7, URL_PL);
    expect(removed).toEqual([]); // run-2 still runs: it may need its screenshot.
    await stopGuide('run-2');
    expect(removed).toEqual([['<all_urls>']]);
  });

  it('a stopped ending (cannot be done here) keeps no receipt', async () => {
    await run({ recipeId: 'dell', guideId: 'cancel-support-dell-account', domain: 'dell.com' });
    const state = await onGuideReport(progress({ position: 'ending', endingId: 'prosupport' }), 7, 'https://www.dell.com/myaccount/subscriptions/x/details');
    expect(state).toMatchObject({ status: 'stopped' });
    expect(await db.receipts.count()).toBe(0);
  });

  it('acknowledges only a warning the step has, and the person can stop the guide', async () => {
    await run({ recipeId: 'fakturowo', guideId: 'delete-account', domain: 'fakturowo.pl', stepIndex: 1 });
    const url = 'https://www.fakturowo.pl/konto';
    await onGuideReport({ channel: 'guide-report', type: 'acknowledge', runId: 'run-1', stepId: 'press-delete' }, 7, url);
    expect((await db.guideRuns.get('run-1'))!.acknowledged).toEqual([]);
    const state = await onGuideReport({ channel: 'guide-report', type: 'acknowledge', runId: 'run-1', stepId: 'confirm-option' }, 7, url);
    expect(state?.acknowledged).toEqual(['confirm-option']);
    await onGuideReport({ channel: 'guide-report', type: 'stop', runId: 'run-1' }, 7, url);
    expect((await db.guideRuns.get('run-1'))!.status).toBe('abandoned');
  });

  it('starts a guide in a new tab, and starting it again resumes the same run', async () => {
    const id = await startGuide('amazon', 'cancel-prime', 'amazon.pl');
    const row = await db.guideRuns.get(id);
    expect(row).toMatchObject({ status: 'active', stepIndex: 0, domain: 'amazon.pl' });
    const tab = await fakeBrowser.tabs.get(row!.tabId!);
    expect(tab.url).toBe('https://www.amazon.pl/gp/css/homepage.html');
    expect(await startGuide('amazon', 'cancel-prime', 'amazon.pl')).toBe(id);
    expect(await db.guideRuns.count()).toBe(1);
    await expect(startGuide('amazon', 'cancel-prime', 'evil.example')).rejects.toThrow();
    await expect(startGuide('amazon', 'no-such-guide', 'amazon.pl')).rejects.toThrow();
    await stopGuide(id);
    expect((await db.guideRuns.get(id))!.status).toBe('abandoned');
  });

  it('with two guides on one site, each tab keeps its own guide', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.amazon.pl/gp/primecentral' });
    const second = await fakeBrowser.tabs.create({ url: 'https://www.amazon.pl/privacy/data-deletion' });
    await run({ id: 'prime', tabId: first.id!, updatedAt: Date.now() - 1_000 });
    await run({ id: 'close', guideId: 'close-account', tabId: second.id!, updatedAt: Date.now() });
    await onTabLoaded(first.id!, 'https://www.amazon.pl/gp/primecentral');
    expect((await db.guideRuns.get('prime'))!.tabId).toBe(first.id);
    expect((await db.guideRuns.get('close'))!.tabId).toBe(second.id);
  });

  it('adopts a new tab of the site when the guide’s tab is gone, and leaves other sites alone', async () => {
    await run({ tabId: 999 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.amazon.pl/gp/primecentral' });
    await onTabLoaded(tab.id!, 'https://www.amazon.pl/gp/primecentral');
    expect((await db.guideRuns.get('run-1'))!.tabId).toBe(tab.id);
    const other = await fakeBrowser.tabs.create({ url: 'https://www.amazon.com/' });
    await onTabLoaded(other.id!, 'https://www.amazon.com/');
    expect((await db.guideRuns.get('run-1'))!.tabId).toBe(tab.id);
  });
});
