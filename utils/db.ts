import Dexie, { type EntityTable } from 'dexie';
import { reasonFromLegacyText } from './stored-reason';
import { type AuditRow, type BatchRow, type JobRow, type SessionRow } from './db-schema';
import type { GuideRunRow, ReceiptRow } from './guides/rows';
import { DB_CHANGED_CHANNEL, DB_NAME } from './db-changes';

/** The one database of the extension; the service worker and the popup open it alike. */
export class SignoffDb extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  jobs!: EntityTable<JobRow, 'id'>;
  audit!: EntityTable<AuditRow, 'id'>;
  batches!: EntityTable<BatchRow, 'id'>;
  guideRuns!: EntityTable<GuideRunRow, 'id'>;
  receipts!: EntityTable<ReceiptRow, 'id'>;

  constructor(name = DB_NAME) {
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
    // Guided cancellations (utils/guides/): where each run stands, and the receipts of finished ones.
    this.version(3).stores({
      guideRuns: 'id, status, domain, updatedAt',
      receipts: 'id, at, runId',
    });
    // One name per concept (issue #13 §7): the "I'm leaving" batch was stored with the trigger "handover".
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('batches')
          .filter((batch: { trigger?: string }) => batch.trigger === 'handover')
          .modify({ trigger: 'leave' }),
      );
    // Reasons are values (issue #13 §3): rows written as "reasonX" or "reasonX: detail" become { key, detail? }.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const toValue = (row: { reason?: unknown }) => {
          if (typeof row.reason === 'string') row.reason = reasonFromLegacyText(row.reason);
        };
        await tx.table('jobs').toCollection().modify(toValue);
        await tx.table('audit').toCollection().modify(toValue);
      });
  }
}

export const db = new SignoffDb();

// After every committed write (here or, through Dexie, in another of Signoff's contexts): tell the pages that read the
// database without Dexie (utils/db-read.ts). Unref'd like Dexie's own channel, so it never keeps Node tests alive.
if (typeof BroadcastChannel !== 'undefined') {
  const changes = new BroadcastChannel(DB_CHANGED_CHANNEL);
  (changes as { unref?: () => void }).unref?.();
  Dexie.on('storagemutated', () => changes.postMessage('changed'));
}
