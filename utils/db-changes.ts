/** The name of Signoff's IndexedDB database (utils/db.ts opens it through Dexie). */
export const DB_NAME = 'signoff';

/**
 * Signoff's own notice that its database changed. Every context that writes through Dexie (utils/db.ts) posts it after
 * each commit, so a page can follow the database without loading Dexie: the popup reads IndexedDB directly
 * (utils/db-read.ts) and reads again on each notice.
 */
export const DB_CHANGED_CHANNEL = 'signoff-db-changed';
