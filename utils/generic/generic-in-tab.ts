import { GenericRunResult, type GenericRunRequest } from '../messaging/protocol';
import { deliverToRunner, type NotDelivered } from '../jobs/runner-channel';

/** The runner's longest path: three menus opened and waited for, then a press. */
const RUNNER_TIMEOUT_MS = 15_000;

export type GenericTabResult = GenericRunResult | NotDelivered | { kind: 'timeout' };

/**
 * Injects the runner into the tab and asks it for the generic sign-out, only while the tab shows https on the
 * request's allowed domains (the session's site); a press that unloads the page is 'unloaded'.
 */
export async function runGenericInTab(tabId: number, request: GenericRunRequest, timeoutMs = RUNNER_TIMEOUT_MS): Promise<GenericTabResult> {
  const sent = await deliverToRunner(tabId, request.allowedDomains, request);
  if (!sent.delivered) return sent.why;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<GenericTabResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const reply = sent.reply.then(
    (value): GenericTabResult => {
      const parsed = GenericRunResult.safeParse(value);
      return parsed.success ? parsed.data : { kind: 'not-found', detail: 'the runner gave no valid reply' };
    },
    (): GenericTabResult => ({ kind: 'unloaded' }),
  );
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
