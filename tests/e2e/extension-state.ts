import type { Worker } from '@playwright/test';

/**
 * Runs inside an extension page or the worker: one of Signoff's IndexedDB tables (a missing table reads empty).
 * Self-contained, so that Playwright and puppeteer (the Firefox suite) can both send it to the browser.
 */
export function readTableInPage(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('signoff');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      if (!open.result.objectStoreNames.contains(name)) {
        open.result.close();
        resolve([]);
        return;
      }
      const request = open.result.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as unknown[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

export type SignoffTable = 'sessions' | 'jobs' | 'audit' | 'batches' | 'guideRuns' | 'receipts';

/** Reads one of Signoff's IndexedDB tables from an extension page or the service worker. */
export async function readTable<T>(extension: Pick<Worker, 'evaluate'>, table: SignoffTable): Promise<T[]> {
  return (await extension.evaluate(readTableInPage, table)) as T[];
}

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
