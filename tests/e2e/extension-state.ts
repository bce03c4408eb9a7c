import type { Page, Worker } from '@playwright/test';

/** Reads one of Signoff's IndexedDB tables from an extension page, as the popup would see it. */
export async function readTable<T>(extensionPage: Page, table: 'sessions' | 'jobs' | 'audit' | 'batches'): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('signoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
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
