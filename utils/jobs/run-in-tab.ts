import { GenericRunResult, RunResult, type GenericRunRequest, type RunRequest } from '../messaging/protocol';
import type { Step } from '../recipes/schema';
import { deliverToRunner, type NotDelivered } from './runner-channel';

/** What asking the runner in a tab comes to: its parsed reply, or why there is none. */
export type InTabResult<T> = T | NotDelivered | { kind: 'timeout' };
export type TabRunResult = InTabResult<RunResult>;
export type GenericTabResult = InTabResult<GenericRunResult>;

/** The generic runner's longest path: three menus opened and waited for, then a press. */
const GENERIC_TIMEOUT_MS = 15_000;

/**
 * The one way the background hands work to a page: injects the runner into the tab (only now, only there) and
 * sends it `request`, only while the tab shows https on `allowedDomains` (the site and the recipe's related domains:
 * also where a click may lead); races the reply against `timeoutMs` and parses it (`invalid` stands for a reply
 * that does not parse). When a click navigates the page, the runner dies with it: that is 'unloaded', not an error.
 */
async function askRunnerInTab<T>(
  tabId: number,
  request: RunRequest | GenericRunRequest,
  parse: (value: unknown) => { success: true; data: T } | { success: false },
  invalid: T,
  timeoutMs: number,
): Promise<InTabResult<T>> {
  const sent = await deliverToRunner(tabId, request.allowedDomains, request);
  if (!sent.delivered) return sent.why;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<InTabResult<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const reply = sent.reply.then(
    (value): InTabResult<T> => {
      const parsed = parse(value);
      return parsed.success ? parsed.data : invalid;
    },
    (): InTabResult<T> => ({ kind: 'unloaded' }),
  );
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A recipe's steps from `startAt`, in the tab. `accountName`: the account being signed out (steps marked
 * `forAccount` look for it). `endsAllAccounts`: the sign-out method declares it, so its clicks may press "Sign out of
 * all accounts" (no other run may).
 */
export function runStepsInTab(
  tabId: number,
  jobId: string,
  steps: readonly Step[],
  startAt: number,
  timeoutMs: number,
  allowedDomains: readonly string[],
  options: { accountName?: string; endsAllAccounts?: boolean } = {},
): Promise<TabRunResult> {
  const request: RunRequest = {
    channel: 'runner',
    type: 'run',
    jobId,
    steps: [...steps],
    startAt,
    allowedDomains: [...allowedDomains],
    ...(options.accountName ? { accountName: options.accountName.slice(0, 200) } : {}),
    ...(options.endsAllAccounts ? { endsAllAccounts: true as const } : {}),
  };
  const invalid: RunResult = { kind: 'failed', stepIndex: startAt, error: 'the runner gave no valid reply' };
  return askRunnerInTab(tabId, request, (value) => RunResult.safeParse(value), invalid, timeoutMs);
}

/** The generic sign-out for a site without a recipe (find the control, or confirm), in the tab. */
export function runGenericInTab(tabId: number, request: GenericRunRequest, timeoutMs = GENERIC_TIMEOUT_MS): Promise<GenericTabResult> {
  const invalid: GenericRunResult = { kind: 'not-found', detail: 'the runner gave no valid reply' };
  return askRunnerInTab(tabId, request, (value) => GenericRunResult.safeParse(value), invalid, timeoutMs);
}
