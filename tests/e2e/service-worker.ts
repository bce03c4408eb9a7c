import type { BrowserContext, Worker } from '@playwright/test';

// Playwright keeps one Worker object per extension service worker even across a stop and restart
// (evaluate() on it hangs while the worker is stopped, then works again in the fresh worker), and emits no
// event for either. Whether the worker runs is therefore read from Chromium's target list instead.

const POLL_MS = 50;

export function isExtensionWorker(worker: Worker, extensionId?: string): boolean {
  const url = new URL(worker.url());
  return url.protocol === 'chrome-extension:' && (extensionId === undefined || url.host === extensionId);
}

/** The Playwright Worker of the extension, waiting for its first start if needed. */
export async function extensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const known = context.serviceWorkers().find((worker) => isExtensionWorker(worker, extensionId));
  return known ?? context.waitForEvent('serviceworker', { predicate: (worker) => isExtensionWorker(worker, extensionId) });
}

/** True while the extension's service worker runs: a running worker is a "service_worker" CDP target. */
export async function isWorkerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some(
      (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  } finally {
    await cdp.detach();
  }
}

export async function waitForWorkerState(
  context: BrowserContext,
  extensionId: string,
  running: boolean,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await isWorkerRunning(context, extensionId)) === running) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Stops every service worker, as Chromium does after 30 s idle (which never happens under Playwright), and
 * resolves once the extension's worker has reported "stopped". Chromium may start it again at once if an
 * event is pending for it (right after install, or a cookie change it listens to); that is a fresh worker.
 */
export async function stopWorkers(context: BrowserContext, extensionId: string): Promise<void> {
  // The ServiceWorker CDP domain exists only on page targets, so a page is needed to send the command.
  const existing = context.pages()[0];
  const page = existing ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  try {
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The extension service worker did not stop within 10 s')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
    if (!existing) await page.close();
  }
}
