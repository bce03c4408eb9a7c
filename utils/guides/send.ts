import { sendToBackground } from '../browser/runtime';
import { readReplyTo } from '../messaging/command-reply';
import type { ReplyTo } from '../messaging/protocol';
import type { GuideCommand, GuideCommandReplies } from './protocol';
import { requestCapturePermission } from './screenshot';

/** Sends a guide command from an extension page to the background and checks the reply's shape. */
export async function sendGuideCommand<C extends GuideCommand>(command: C): Promise<ReplyTo<GuideCommandReplies, C['type']>> {
  return readReplyTo<GuideCommandReplies, C['type']>(command.type, await sendToBackground(command));
}

/**
 * Starts a guide from a click in the popup or the options page. The capture permission (for the receipt's
 * screenshot) is asked in the same click, because browsers prompt only during a gesture; the guide starts either way.
 */
export function startGuideFromClick(recipeId: string, guideId: string, domain: string): Promise<ReplyTo<GuideCommandReplies, 'start-guide'>> {
  const reply = sendGuideCommand({ channel: 'command', type: 'start-guide', recipeId, guideId, domain });
  void requestCapturePermission();
  return reply;
}
