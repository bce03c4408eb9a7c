import { browser } from 'wxt/browser';
import { RunResult, type RunRequest } from '../messaging/protocol';
import type { Step } from '../recipes/schema';

export type TabRunResult = RunResult | { kind: 'unloaded' } | { kind: 'timeout' } | { kind: 'inject-failed'; error: string };

/**
 * Injects the runner into the tab (only now, only there) and asks it to run steps from `startAt`.
 * When a click navigates the page, the runner dies with it: that is reported as 'unloaded', not as an error.
 */
export async function runStepsInTab(
  tabId: number,
  jobId: string,
  steps: readonly Step[],
  startAt: number,
  timeoutMs: number,
  /** The domains a click may lead to (see RunRequest): every flow names them, sign-out or not. */
  allowedDomains: readonly string[],
): Promise<TabRunResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/runner.js'] });
  } catch (error) {
    return { kind: 'inject-failed', error: String(error) };
  }
  const request: RunRequest = {
    channel: 'runner',
    type: 'run',
    jobId,
    steps: [...steps],
    startAt,
    allowedDomains: [...allowedDomains],
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TabRunResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const reply = browser.tabs.sendMessage(tabId, request).then(
    (value): TabRunResult => {
      const parsed = RunResult.safeParse(value);
      return parsed.success ? parsed.data : { kind: 'failed', stepIndex: startAt, error: 'the runner gave no valid reply' };
    },
    (): TabRunResult => ({ kind: 'unloaded' }),
  );
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
