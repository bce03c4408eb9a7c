import { judgeClick } from '../recipes/click-guard';
import { pressedControl, recordTarget, type RecordedTarget } from './record-target';

/**
 * What the recorder makes of one event in the page it records: a step, a destructive press (which ends the
 * recording), or nothing. Pure DOM, so the rules are unit-tested without a browser.
 */

export type PressVerdict = { kind: 'step'; recorded: RecordedTarget } | { kind: 'destructive'; label: string } | { kind: 'ignore' };

export interface PressEvent {
  /** Only the person's own presses count: a page script's synthetic click (isTrusted false) never becomes a step. */
  isTrusted: boolean;
  target: EventTarget | null;
}

const isElement = (target: EventTarget | null): target is Element =>
  target !== null && typeof (target as Element).closest === 'function' && typeof (target as Element).getAttribute === 'function';

/**
 * `ownUi`: the recording bar's host (presses on Signoff's own bar are not the site's). `domain`: the recorded site; a
 * press leading off it, or to a destructive control or address (the one click guard), ends the recording.
 */
export function judgePress(event: PressEvent, domain: string, ownUi?: Element): PressVerdict {
  if (!event.isTrusted || !isElement(event.target)) return { kind: 'ignore' };
  if (ownUi && (event.target === ownUi || ownUi.contains(event.target))) return { kind: 'ignore' };
  const control = pressedControl(event.target);
  if (!control) return { kind: 'ignore' };
  const recorded = recordTarget(control);
  // The one click guard, on everything the press activates: a destructive label or address, wherever it leads.
  if (!judgeClick(control, {}).ok) return { kind: 'destructive', label: recorded?.label ?? '' };
  // A press that leaves the site is not part of its sign-out: nothing Signoff would press, so nothing recorded.
  if (!judgeClick(control, { allowedDomains: [domain] }).ok || !recorded) return { kind: 'ignore' };
  return { kind: 'step', recorded };
}

/** A hover worth keeping: on a control that opens a menu (the menu may open on hover only). */
export function judgeHover(event: PressEvent, ownUi?: Element): RecordedTarget | undefined {
  if (!event.isTrusted || !isElement(event.target)) return undefined;
  if (ownUi && (event.target === ownUi || ownUi.contains(event.target))) return undefined;
  const control = pressedControl(event.target);
  const recorded = control && recordTarget(control);
  return recorded?.opensMenu ? recorded : undefined;
}
