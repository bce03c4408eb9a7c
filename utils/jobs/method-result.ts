import type { Reason, ReasonKey } from '../db-schema';

export type { Reason };

/** How one sign-out method ended. "ran" means the site's own sign-out was triggered; verification decides the rest. */
export type MethodResult = { ran: true; by?: 'request' } | { ran: false; reason: Reason };

/** A reason value, with its detail only when there is one. */
export const reasonOf = (key: ReasonKey, detail?: string): Reason => (detail ? { key, detail } : { key });

export const notRun = (key: ReasonKey, detail?: string): MethodResult => ({ ran: false, reason: reasonOf(key, detail) });
