import { db } from './db';

/**
 * How much history Signoff keeps, so that storage cannot grow without bound on a computer used for years. The
 * newest rows stay; screenshots (the heaviest part of a receipt) are kept only on the newest receipts.
 */
export const RETENTION = {
  auditRows: 500,
  receipts: 100,
  receiptScreenshots: 20,
  finishedGuideRuns: 50,
} as const;

export async function pruneAudit(): Promise<void> {
  const old = await db.audit.orderBy('at').reverse().offset(RETENTION.auditRows).primaryKeys();
  await db.audit.bulkDelete(old);
}

export async function pruneReceipts(): Promise<void> {
  const newestFirst = await db.receipts.orderBy('at').reverse().toArray();
  await db.receipts.bulkDelete(newestFirst.slice(RETENTION.receipts).map((receipt) => receipt.id));
  const keptWithShot = newestFirst.slice(RETENTION.receiptScreenshots, RETENTION.receipts).filter((receipt) => receipt.screenshot);
  for (const receipt of keptWithShot) {
    await db.receipts.update(receipt.id, { screenshot: undefined, screenshotError: 'removed to save space (older receipt)' });
  }
}

export async function pruneGuideRuns(): Promise<void> {
  const finished = (await db.guideRuns.toArray()).filter((run) => run.status !== 'active').sort((a, b) => b.updatedAt - a.updatedAt);
  await db.guideRuns.bulkDelete(finished.slice(RETENTION.finishedGuideRuns).map((run) => run.id));
}

/**
 * Shared computers: once a sign-out is done, who was signed in is nobody's business. Removes the account names
 * from finished jobs and from the audit (site, time and outcome stay).
 */
export async function forgetAccountNames(): Promise<void> {
  await db.transaction('rw', db.jobs, db.audit, async () => {
    await db.jobs.where('phase').equals('done').modify((job) => void delete job.accountName);
    await db.audit.toCollection().modify((row) => void delete row.accountName);
  });
}
