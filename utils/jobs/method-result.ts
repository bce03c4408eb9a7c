import type { ReasonKey } from '../i18n';

/** Why something did not work, as a value: the popup translates `key`; `detail` is for the log (the step, the host). */
export interface Reason {
  key: ReasonKey;
  detail?: string;
}

/** How one sign-out method ended. "ran" means the site's own sign-out was triggered; verification decides the rest. */
export type MethodResult = { ran: true; by?: 'request' } | { ran: false; reason: Reason };

export const notRun = (key: ReasonKey, detail?: string): MethodResult => ({ ran: false, reason: detail ? { key, detail } : { key } });

/** A reason as JobRow.reason stores it today ("reasonTimeout", or "reasonTimeout: detail"). */
export const storedReason = (reason: Reason): string => (reason.detail ? `${reason.key}: ${reason.detail}` : reason.key);
