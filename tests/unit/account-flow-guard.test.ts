import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Issue #11 §3: account switch/add flows pass the same click guard as a sign-out, with the site's allowed domains.

const runs: { steps: unknown[]; allowedDomains: unknown }[] = [];
vi.mock('@/utils/jobs/run-in-tab', () => ({
  runStepsInTab: async (_tab: number, _job: string, steps: unknown[], _startAt: number, _timeout: number, allowedDomains?: unknown) => {
    runs.push({ steps, allowedDomains });
    return { kind: 'completed', stepsDone: steps.length };
  },
}));
vi.mock('@/utils/browser/tabs', () => ({ waitForTabComplete: async () => true }));

const { db } = await import('@/utils/db');
const { openAccountFlow } = await import('@/utils/jobs/open-account-flow');

beforeEach(() => {
  runs.length = 0;
  fakeBrowser.tabs.create = async (properties) => ({ id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url: properties.url });
});

describe('account flows', () => {
  it.each(['switchAccount', 'addAccount'] as const)('%s runs with the site as its only allowed domain', async (flow) => {
    await db.sessions.put({ id: 'amazon:amazon.pl', recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl', cookieNames: ['at-acbpl'], signedInAt: 1, lastSeenAt: 1 });
    await openAccountFlow('amazon:amazon.pl', flow);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.allowedDomains).toEqual(['amazon.pl']);
  });
});
