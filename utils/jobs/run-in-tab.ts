import { RunResult, type RunRequest } from '../messaging/protocol';
import type { Step } from '../recipes/schema';
import { deliverToRunner, type NotDelivered } from './runner-channel';

export type TabRunResult = RunResult | NotDelivered | { kind: 'timeout' };

/**
 * Injects the runner into the tab (only now, only there) and asks it to run steps from `startAt`, only while the
 * tab shows https on `allowedDomains` (the site and the recipe's related domains: also where a click may lead).
 * When a click navigates the page, the runner dies with it: that is reported as 'unloaded', not as an error.
 */
export async function runStepsInTab(
  tabId: number,
  jobId: string,
  steps: readonly Step[],
  startAt: number,
  timeoutMs: number,
  allowedDomains: readonly string[],
): Promise<TabRunResult> {
  const request: RunRequest = { channel: 'runner', type: 'run', jobId, steps: [...steps], startAt, allowedDomains: [...allowedDomains] };
  const sent = await deliverToRunner(tabId, allowedDomains, request);
  if (!sent.delivered) return sent.why;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TabRunResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const reply = sent.reply.then(
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
