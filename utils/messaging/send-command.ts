import { sendToBackground } from '../browser/runtime';
import { readReplyTo } from './command-reply';
import type { Command, CommandReplies, ReplyTo } from './protocol';

/** Sends a privileged command from an extension page to the background and reads the reply that command gets. */
export async function sendCommand<C extends Command>(command: C): Promise<ReplyTo<CommandReplies, C['type']>> {
  return readReplyTo<CommandReplies, C['type']>(command.type, await sendToBackground(command));
}
