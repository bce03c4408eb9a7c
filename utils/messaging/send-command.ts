import { browser } from 'wxt/browser';
import { readCommandReply } from './command-reply';
import type { Command, CommandReply } from './protocol';

/** Sends a privileged command from an extension page to the background and checks the reply's shape. */
export async function sendCommand(command: Command): Promise<CommandReply> {
  return readCommandReply(await browser.runtime.sendMessage(command));
}
