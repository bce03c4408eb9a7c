import { z } from 'zod';

/**
 * An account check: one page of the site that only a signed-in person can see, and how its answer tells signed in
 * from signed out. Signoff GETs it from the worker with the browser's cookies, follows no redirect, runs nothing
 * from the answer and reads at most a bounded prefix of it (utils/account-check/).
 *
 * Recipes carry no regular expressions and no code: markers are plain texts, JSON fields are dotted paths.
 */

/** A dotted path into a JSON answer: "data.name", "1.0.3" (array indexes are numbers). */
export const JsonPath = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+){0,9}$/, 'a JSON path is dot-separated names or indexes, like "data.name"');

/** A plain text searched for in an HTML answer (never a pattern). */
const Marker = z.string().min(3).max(200);

const httpStatus = z.number().int().min(200).max(599);

/** What a 2xx answer must show for the person to count as signed in. */
export const SignedInSignal = z.discriminatedUnion('kind', [
  /** Any 2xx answer (the page redirects or refuses guests; see `signedOut`). */
  z.object({ kind: z.literal('status') }).strict(),
  /** A JSON answer whose field at `path` is present and not empty (or equals `equals`). */
  z
    .object({ kind: z.literal('json'), path: JsonPath, equals: z.union([z.string().max(100), z.number(), z.boolean()]).optional() })
    .strict(),
  /** An HTML answer containing one of these texts. */
  z.object({ kind: z.literal('marker'), text: z.array(Marker).min(1).max(5) }).strict(),
]);

/** Where the signed-in answer names the account. */
export const AccountNameAt = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('json'), path: JsonPath }).strict(),
  /** The text between the first `after` and the next `before` (HTML entities of quotes decoded, tags refused). */
  z.object({ kind: z.literal('between'), after: Marker, before: z.string().min(1).max(20) }).strict(),
]);

export const AccountCheck = z
  .object({
    /** A path on the site's origin, or an https URL on the recipe's domains (checked on the whole recipe). */
    url: z.string().max(2000),
    signedIn: SignedInSignal,
    signedOut: z
      .object({
        /** A redirect answers "signed out" (the page sends guests to its sign-in). Default true. */
        redirect: z.boolean().default(true),
        /** Statuses that mean "signed out", e.g. 401. */
        statuses: z.array(httpStatus).max(5).default([]),
        /** Texts only a guest's page shows (HTML answers). */
        markers: z.array(Marker).max(5).default([]),
        /** A JSON field with this value means signed out (Google lists a signed-out account with a flag). */
        json: z.object({ path: JsonPath, equals: z.union([z.string().max(100), z.number(), z.boolean()]) }).strict().optional(),
      })
      .strict()
      .default({ redirect: true, statuses: [], markers: [] }),
    accountName: AccountNameAt.optional(),
  })
  .strict();

export type AccountCheck = z.infer<typeof AccountCheck>;

/** How far the public evidence for a recipe's account check goes. */
export const Confidence = z.enum(['high', 'medium', 'low']);
