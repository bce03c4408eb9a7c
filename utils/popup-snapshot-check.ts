/*
 * A small hand-written check of the popup's snapshot, in place of zod in the popup's script (issue #13 §6: zod/mini
 * was a quarter of what the popup compiled before its first paint). It accepts exactly what PopupSnapshotSchema
 * (utils/popup-snapshot-schema.ts) accepts and returns the same value, unknown keys dropped:
 * tests/unit/popup-snapshot-check.test.ts holds it to the schema on generated and hostile values.
 */

/** A check returns the checked value (a fresh copy of objects, known keys only) or INVALID. */
export const INVALID: unique symbol = Symbol('invalid');
export type Check<T> = (value: unknown) => T | typeof INVALID;
type Checked<C> = C extends Check<infer T> ? T : never;

export const isString: Check<string> = (value) => (typeof value === 'string' ? value : INVALID);
export const isBoolean: Check<boolean> = (value) => (typeof value === 'boolean' ? value : INVALID);
/** Finite numbers only, as zod's number(). */
export const isNumber: Check<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID);

export function oneOf<const T extends readonly (string | boolean)[]>(choices: T): Check<T[number]> {
  return (value) => (choices.includes(value as T[number]) ? (value as T[number]) : INVALID);
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out: T[] = [];
    for (const entry of value as unknown[]) {
      const checked = item(entry);
      if (checked === INVALID) return INVALID;
      out.push(checked);
    }
    return out;
  };
}

/** An object's own fields: required ones must check; optional ones may be missing or undefined; others are dropped. */
export function objectOf<R extends Record<string, Check<unknown>>, O extends Record<string, Check<unknown>>>(
  required: R,
  optional: O,
): Check<{ [K in keyof R]: Checked<R[K]> } & { [K in keyof O]?: Checked<O[K]> }> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(required)) {
      const checked = check(input[key]);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
    }
    for (const [key, check] of Object.entries(optional)) {
      const field = input[key];
      if (field === undefined) {
        if (key in input) out[key] = undefined;
        continue;
      }
      const checked = check(field);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
    }
    return out as { [K in keyof R]: Checked<R[K]> } & { [K in keyof O]?: Checked<O[K]> };
  };
}
