import Dexie, { type EntityTable } from 'dexie';
import type { AuditRow, BatchRow, JobRow, SessionRow } from './db-schema';

/** The one database of the extension; the service worker and the popup open it alike. */
export class SignoffDb extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  jobs!: EntityTable<JobRow, 'id'>;
  audit!: EntityTable<AuditRow, 'id'>;
  batches!: EntityTable<BatchRow, 'id'>;

  constructor(name = 'signoff') {
    super(name);
    this.version(1).stores({
      sessions: 'id, recipeId, domain',
      jobs: 'id, sessionId, phase, createdAt',
      audit: '++id, at, domain',
    });
    this.version(2).stores({
      jobs: 'id, sessionId, phase, createdAt, batchId',
      batches: 'id, startedAt',
    });
  }
}

export const db = new SignoffDb();
