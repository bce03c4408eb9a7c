import { browser } from 'wxt/browser';
import { readCommandReply } from '../messaging/command-reply';
import type { CommandReply } from '../messaging/protocol';
import type { GuideCommand } from './protocol';
import { requestCapturePermission } from './screenshot';

/** Sends a guide command from an extension page to the background and checks the reply's shape. */
export async function sendGuideCommand(command: GuideCommand): Promise<CommandReply> {
  return readCommandReply(await browser.runtime.sendMessage(command));
}

/**
 * Starts a guide from a click in the popup or the options page. The capture permission (for the receipt's
 * screenshot) is asked in the same click, because browsers prompt only during a gesture; the guide starts either way.
 */
export function startGuideFromClick(recipeId: string, guideId: string, domain: string): Promise<CommandReply> {
  const reply = sendGuideCommand({ channel: 'command', type: 'start-guide', recipeId, guideId, domain });
  void requestCapturePermission();
  return reply;
}
