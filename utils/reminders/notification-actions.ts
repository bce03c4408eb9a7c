import { clearNotification } from '../browser/notifications';
import { signOutEverywhere } from '../jobs/sign-out-everywhere';
import { startSignOut } from '../jobs/sign-out-job';
import { dismissLeftovers, LEFTOVERS_NOTIFICATION } from './browser-start';
import { cancelIdleCountdown, IDLE_NOTIFICATION } from './idle';
import { STILL_SIGNED_IN_PREFIX } from './last-tab';

/**
 * A button of one of Signoff's notifications was pressed (in Firefox, which has no buttons, a click on the
 * notification counts as its first button).
 */
export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  await clearNotification(notificationId);
  if (notificationId.startsWith(STILL_SIGNED_IN_PREFIX)) {
    if (buttonIndex === 0) await startSignOut(notificationId.slice(STILL_SIGNED_IN_PREFIX.length)).catch(() => undefined);
  } else if (notificationId === LEFTOVERS_NOTIFICATION) {
    if (buttonIndex === 0) await signOutEverywhere('start-banner');
    await dismissLeftovers();
  } else if (notificationId === IDLE_NOTIFICATION) {
    await cancelIdleCountdown(); // "I'm still here".
  }
}
