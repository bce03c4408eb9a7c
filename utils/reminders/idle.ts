import { clearAlarm, setAlarm } from '../browser/alarms';
import { idleState, setIdleDetection } from '../browser/idle';
import { clearNotification, showNotification } from '../browser/notifications';
import { defineStoredItem } from '../browser/stored-item';
import { db } from '../db';
import { t } from '../i18n';
import { signOutEverywhere } from '../jobs/sign-out-everywhere';
import { loadSettings } from '../policy';
import { decideIdle, IDLE_COUNTDOWN_MS, type IdleState } from './decisions';

export const IDLE_ALARM = 'idle-countdown';
export const IDLE_NOTIFICATION = 'idle-countdown';
/** When the running countdown ends (kept in storage.local: the worker may stop while it runs). */
const countdown = defineStoredItem('local:idleCountdown', {
  parse: (stored) => (typeof stored === 'number' ? stored : undefined),
});

/** Tells the browser after how long without input to report "idle" (the person's setting, at least 15 s). */
export async function applyIdleInterval(): Promise<void> {
  const { idleMinutes } = await loadSettings();
  setIdleDetection(idleMinutes * 60);
}

/** Called on idle state changes and when the countdown alarm fires; the decision itself is `decideIdle`. */
export async function onIdleState(state: IdleState, now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const action = decideIdle({
    state,
    sharedMode: settings.mode === 'shared',
    sessions: await db.sessions.count(),
    countdownDeadline: await countdown.get(),
    now,
  });
  switch (action.kind) {
    case 'start-countdown':
      await countdown.set(action.deadline);
      await setAlarm(IDLE_ALARM, action.deadline);
      await showNotification(IDLE_NOTIFICATION, {
        title: t('idleCountdownTitle', String(Math.round(IDLE_COUNTDOWN_MS / 1000))),
        message: t('idleCountdownMessage'),
        buttons: [t('idleStillHere')],
      });
      return;
    case 'cancel-countdown':
      return cancelIdleCountdown();
    case 'sign-out-everywhere':
      await cancelIdleCountdown();
      await signOutEverywhere('idle');
      return;
    case 'none':
      return;
  }
}

/** The countdown alarm: still away? Then sign out. */
export async function onIdleAlarm(): Promise<void> {
  const { idleMinutes } = await loadSettings();
  await onIdleState(await idleState(idleMinutes * 60));
}

export async function cancelIdleCountdown(): Promise<void> {
  await countdown.remove();
  await clearAlarm(IDLE_ALARM);
  await clearNotification(IDLE_NOTIFICATION);
}
