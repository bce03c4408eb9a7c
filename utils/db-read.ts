import { DB_CHANGED_CHANNEL, DB_NAME } from './db-changes';

/**
 * Reads whole stores of Signoff's database with plain IndexedDB, in one read-only transaction, for pages that should
 * not load Dexie (the popup). A database that does not exist yet reads as empty and is not created here: only Dexie,
 * in utils/db.ts, creates it with its schema.
 */
export function readStores<T extends Record<string, unknown[]>>(names: readonly (keyof T & string)[]): Promise<T> {
  const empty = () => Object.fromEntries(names.map((name) => [name, []])) as unknown as T;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort(); // No database yet: leave its creation to Dexie.
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(empty()) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const present = names.filter((name) => db.objectStoreNames.contains(name));
      if (present.length === 0) return db.close(), resolve(empty());
      const tx = db.transaction(present, 'readonly');
      const rows: Record<string, unknown[]> = empty();
      for (const name of present) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => (rows[name] = request.result);
      }
      tx.oncomplete = () => (db.close(), resolve(rows as T));
      tx.onerror = () => (db.close(), reject(tx.error));
    };
  });
}

/**
 * Calls `read` now and again after every change notice, never two at a time: notices that arrive during a read are
 * folded into one more read. Returns the function that stops watching.
 */
export function watchDatabase(read: () => Promise<void>): () => void {
  const channel = new BroadcastChannel(DB_CHANGED_CHANNEL);
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        await read();
      } while (again);
    } finally {
      running = false;
    }
  };
  channel.onmessage = () => void run();
  void run();
  return () => channel.close();
}
