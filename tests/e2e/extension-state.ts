import type { Worker } from '@playwright/test';

/** Reads one of Signoff's IndexedDB tables from an extension page or the service worker (a missing table reads empty). */
export async function readTable<T>(
  extension: Pick<Worker, 'evaluate'>,
  table: 'sessions' | 'jobs' | 'audit' | 'batches' | 'guideRuns' | 'receipts',
): Promise<T[]> {
  return extension.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
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
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
