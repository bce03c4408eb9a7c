import { browser } from 'wxt/browser';
import { GenericRunResult, type GenericRunRequest } from '../messaging/protocol';

/** The runner's longest path: three menus opened and waited for, then a press. */
const RUNNER_TIMEOUT_MS = 15_000;

export type GenericTabResult = GenericRunResult | { kind: 'unloaded' } | { kind: 'timeout' } | { kind: 'inject-failed'; error: string };

/** Injects the runner into the tab and asks it for the generic sign-out; a press that unloads the page is 'unloaded'. */
export async function runGenericInTab(tabId: number, request: GenericRunRequest, timeoutMs = RUNNER_TIMEOUT_MS): Promise<GenericTabResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/runner.js'] });
  } catch (error) {
    return { kind: 'inject-failed', error: String(error) };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<GenericTabResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const reply = browser.tabs.sendMessage(tabId, request).then(
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

