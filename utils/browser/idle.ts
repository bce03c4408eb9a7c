import { browser } from 'wxt/browser';
import type { IdleState } from '../reminders/decisions';

/** Thin adapter over `idle` (fakeBrowser has none: tests fake this module); its alarms are in alarms.ts. */

/** Tells the browser after how long without input to report "idle" (the browser's minimum is 15 s). */
export function setIdleDetection(seconds: number): void {
  browser.idle.setDetectionInterval(Math.max(15, seconds));
}

/** Whether the person is at the computer now, measured against the same threshold. */
export async function idleState(seconds: number): Promise<IdleState> {
  const state: string = await browser.idle.queryState(Math.max(15, seconds));
  return state === 'idle' || state === 'locked' ? state : 'active';
}
