import { browser } from 'wxt/browser';
import type { IdleState } from '../reminders/decisions';

/** Thin adapter over `idle` (fakeBrowser has none: tests fake this module) and the alarms Signoff sets. */

/** Tells the browser after how long without input to report "idle" (the browser's minimum is 15 s). */
export function setIdleDetection(seconds: number): void {
  browser.idle.setDetectionInterval(Math.max(15, seconds));
}

/** Whether the person is at the computer now, measured against the same threshold. */
export async function idleState(seconds: number): Promise<IdleState> {
  const state: string = await browser.idle.queryState(Math.max(15, seconds));
  return state === 'idle' || state === 'locked' ? state : 'active';
}

/** An alarm at `when` (ms since the epoch); the background's alarms listener hears it, even after a worker stop. */
export async function setAlarm(name: string, when: number): Promise<void> {
  await browser.alarms.create(name, { when });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}
