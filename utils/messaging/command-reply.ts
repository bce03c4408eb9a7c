import type { CommandReply, ReplyTo } from './protocol';

const invalid = { ok: false, error: 'invalid-reply' } as const;

/** Which id a command's successful reply must carry (CommandReplies, GuideCommandReplies); the others carry none. */
const REPLY_IDS: Readonly<Record<string, 'jobId' | 'batchId' | 'runId'>> = {
  'sign-out': 'jobId',
  'sign-out-everywhere': 'batchId',
  leave: 'batchId',
  'start-guide': 'runId',
};

/**
 * The background's reply to a command, checked by hand: the same rule as the `CommandReply` schema in protocol.ts
 * (a unit test holds the two together), without bringing the schema library into the popup.
 */
export function readCommandReply(reply: unknown): CommandReply {
  if (typeof reply !== 'object' || reply === null) return invalid;
  const { ok, jobId, batchId, runId, error } = reply as Record<string, unknown>;
  if (ok === false) return typeof error === 'string' ? { ok, error } : invalid;
  if (ok !== true) return invalid;
  if ([jobId, batchId, runId].some((id) => id !== undefined && typeof id !== 'string')) return invalid;
  return {
    ok,
    ...(typeof jobId === 'string' ? { jobId } : {}),
    ...(typeof batchId === 'string' ? { batchId } : {}),
    ...(typeof runId === 'string' ? { runId } : {}),
  };
}

/** The reply to command `type`, read where it is received: a success without the id that command promises is invalid. */
export function readReplyTo<Replies, T extends keyof Replies & string>(type: T, reply: unknown): ReplyTo<Replies, T> {
  const read = readCommandReply(reply);
  const id = REPLY_IDS[type];
  if (read.ok && id !== undefined && read[id] === undefined) return invalid;
  // Checked above: the envelope, and the one id this command's success carries (the reply maps name no other field).
  return read as ReplyTo<Replies, T>;
}
