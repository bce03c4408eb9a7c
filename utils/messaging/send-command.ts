import { browser } from 'wxt/browser';
import { CommandReply, type Command } from './protocol';

/** Sends a privileged command from an extension page to the background and checks the reply's shape. */
export async function sendCommand(command: Command): Promise<CommandReply> {
  const reply: unknown = await browser.runtime.sendMessage(command);
  const parsed = CommandReply.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'invalid-reply' };
}
