import type { CommandReply } from './protocol';

/**
 * The background's reply to a command, checked by hand: the same rule as the `CommandReply` schema in protocol.ts
 * (a unit test holds the two together), without bringing the schema library into the popup.
 */
export function readCommandReply(reply: unknown): CommandReply {
  const invalid: CommandReply = { ok: false, error: 'invalid-reply' };
  if (typeof reply !== 'object' || reply === null) return invalid;
  const { ok, jobId, batchId, error } = reply as Record<string, unknown>;
  if (ok === false) return typeof error === 'string' ? { ok, error } : invalid;
  if (ok !== true) return invalid;
  if ((jobId !== undefined && typeof jobId !== 'string') || (batchId !== undefined && typeof batchId !== 'string')) return invalid;
  return { ok, ...(jobId !== undefined ? { jobId } : {}), ...(batchId !== undefined ? { batchId } : {}) };
}
