import { db } from '../db';

/** Every receipt as one JSON document, screenshots included (as data URLs), newest first. */
export async function exportReceipts(): Promise<string> {
  const receipts = await db.receipts.orderBy('at').reverse().toArray();
  return JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      receipts: receipts.map((receipt) => ({ ...receipt, at: new Date(receipt.at).toISOString() })),
    },
    null,
    2,
  );
}
