import { z } from 'zod';
import { Domain, SitePath, Target } from '../schema-primitives';

/**
 * A sign-out being taught to Signoff, as kept in storage while it is recorded (the worker may stop and the page
 * reloads across the sign-out). It holds targets, paths and cookie *names* only: never typed text, never a value.
 */

export const RecordedStep = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(['press', 'hover']),
      target: Target,
      label: z.string().max(120),
      opensMenu: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('navigate'), path: SitePath }).strict(),
]);
export type RecordedStep = z.infer<typeof RecordedStep>;

export const MAX_RECORDED_STEPS = 30;

export const RecordingStatus = z.enum(['recording', 'review', 'refused', 'saved']);
export type RecordingStatus = z.infer<typeof RecordingStatus>;

export const Recording = z
  .object({
    id: z.string().max(100),
    /** The popup row it started from ("generic:school.example"). */
    sessionId: z.string().max(300),
    domain: Domain,
    origin: z.url({ protocol: /^https$/ }),
    siteName: z.string().max(200),
    /** The one tab recorded in; presses from any other tab are ignored. */
    tabId: z.number().int(),
    /** The page the person was on when the recording started (the account check asks it again). */
    startPath: SitePath,
    startedAt: z.number(),
    status: RecordingStatus,
    steps: z.array(RecordedStep).max(MAX_RECORDED_STEPS),
    /** The site's sign-in cookie names when the recording started, and those that went away since. */
    sessionCookies: z.array(z.string().max(100)).max(20),
    removedCookies: z.array(z.string().max(100)).max(20),
    /** When the last press was recorded: a page change right after it is its result, not a step. */
    lastPressAt: z.number().optional(),
    /** The address of the tab as last seen (path only). */
    lastPath: SitePath.optional(),
    /** Why a recording was refused (a destructive press): the control's name. */
    refusedLabel: z.string().max(120).optional(),
    /** The recording bar's texts, in the language the person chose (the bar runs on a web page, without Signoff's setting). */
    texts: z.partialRecord(z.enum(['title', 'hint', 'undo', 'done', 'openMenu', 'press', 'hover', 'navigate', 'refused', 'finished']), z.string().max(300)).optional(),
    /** The recipe it was saved as. */
    recipeId: z.string().max(100).optional(),
  })
  .strict();
export type Recording = z.infer<typeof Recording>;

export function parseRecording(stored: unknown): Recording | undefined {
  const parsed = Recording.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
