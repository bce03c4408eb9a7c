import { judgeClick } from '../recipes/click-guard';
import { pressedControl, recordTarget, type RecordedTarget } from './record-target';

export { pressedControl };

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

/** A control the pointer rests on: a hover step if the next press is elsewhere and the hover is what showed it. */
export function judgeHover(event: PressEvent, ownUi?: Element): RecordedTarget | undefined {
  if (!event.isTrusted || !isElement(event.target)) return undefined;
  if (ownUi && (event.target === ownUi || ownUi.contains(event.target))) return undefined;
  const control = pressedControl(event.target);
  return control ? recordTarget(control) : undefined;
}

/** The control the pointer rested on last, and what the page added or changed since (a menu opening on hover). */
export interface PendingHover {
  recorded: RecordedTarget;
  element: Element;
  changed: Node[];
}

/** Attributes a page changes to show or hide a menu. */
export const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'aria-expanded', 'open'];

const MAX_CHANGED = 200;

/** Keeps what a page's mutations added or restyled while the pointer rests on a control (not the page as a whole). */
export function noteChanges(pending: PendingHover, records: readonly MutationRecord[], doc: Document): void {
  for (const record of records) {
    if (pending.changed.length >= MAX_CHANGED) return;
    if (record.type === 'childList') pending.changed.push(...Array.from(record.addedNodes));
    else if (record.target !== doc.body && record.target !== doc.documentElement) pending.changed.push(record.target);
  }
}

/**
 * The hover step to keep before a press on `control`: the control the pointer rested on before, when the press is
 * outside it and either it opens a menu (aria-haspopup / aria-expanded) or the pressed control was added or shown
 * after the pointer got there (a menu that opens on hover only, without saying so). A pointer merely passing over
 * something on the way is no step.
 */
export function hoverBefore(control: Element, pending: PendingHover | undefined): RecordedTarget | undefined {
  if (!pending || pending.element.contains(control)) return undefined;
  if (pending.recorded.opensMenu) return pending.recorded;
  return pending.changed.some((node) => node === control || node.contains(control)) ? pending.recorded : undefined;
}

/**
 * The pending hover once the pointer rests on `control`: the same one while the pointer is inside what that hover
 * showed (the menu's items), a new one otherwise (or for another menu button).
 */
export function nextPendingHover(pending: PendingHover | undefined, control: Element, recorded: RecordedTarget): PendingHover {
  if (pending && (pending.element === control || (!recorded.opensMenu && hoverBefore(control, pending)))) return pending;
  return { recorded, element: control, changed: [] };
}
