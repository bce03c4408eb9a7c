import { z } from 'zod';
import { CssSelector, Domain, SitePath, Source, Target, Texts, type Target as TargetValue } from '../schema-primitives';

/**
 * Guides are data, like the rest of a recipe: a walk through a site's own pages to cancel a subscription or delete
 * an account. Signoff highlights each control and explains it; it may press *safe* controls (navigate, open a menu,
 * "continue") when the person asks it to, and never presses a *final* one (the irreversible decision is theirs).
 *
 * Progress comes only from what the page shows (its address, elements, texts), never from timers. The only timer a
 * guide has is how long to look for a step's control before offering the step's manual instructions.
 *
 * Built on the same primitives as a recipe (utils/schema-primitives.ts), so a guide's targets are exactly a recipe's.
 * A recipe carries its guides (the recipe schema imports this one, never the other way); the built-in guides are
 * written in ./sites, one file per recipe.
 */

/** A text in both languages Signoff speaks. */
export const Bilingual = z
  .object({ en: z.string().trim().min(1).max(800), pl: z.string().trim().min(1).max(800) })
  .strict();
export type Bilingual = z.infer<typeof Bilingual>;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is kebab-case, like "end-membership"');

/** How long to look for a step's control before offering the manual instructions (bounded both ways). */
const manualAfterMs = z.number().int().min(2_000).max(120_000);
/** An ending must hold this long before it counts (for "no Cancel button", which a late script could still add). */
const stableMs = z.number().int().min(0).max(10_000);

/** What the page shows. Conditions combine with allOf / anyOf / not, at most a few levels deep. */
export type Condition =
  /** The page address (path, query and fragment) contains one of these. */
  | { url: string[] }
  /** A visible element the target describes is on the page. */
  | { present: TargetValue }
  /** No visible element the target describes is on the page. */
  | { absent: TargetValue }
  /** The page's visible text (or that of `within`) contains one of these texts, in any language. */
  | { text: Texts; within?: string }
  /**
   * The control the target finds is set: a tick box ticked, or a list with a choice other than its first. A target
   * that finds a label looks at the label's control, so a tick box known only by its label's text can be checked.
   */
  | { checked: TargetValue }
  | { allOf: Condition[] }
  | { anyOf: Condition[] }
  | { not: Condition };

const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ url: z.array(z.string().min(1).max(300)).min(1).max(10) }).strict(),
    z.object({ present: Target }).strict(),
    z.object({ absent: Target }).strict(),
    z.object({ text: Texts, within: CssSelector.optional() }).strict(),
    z.object({ checked: Target }).strict(),
    z.object({ allOf: z.array(Condition).min(1).max(10) }).strict(),
    z.object({ anyOf: z.array(Condition).min(1).max(10) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
);

/** What "Do it for me" does on a safe step. */
const DoItForMe = z.discriminatedUnion('action', [
  z.object({ action: z.literal('click') }).strict(),
  z.object({ action: z.literal('hover') }).strict(),
  z.object({ action: z.literal('navigate'), path: SitePath }).strict(),
  /** Choose the option whose text is one of these in the step's select element. */
  z.object({ action: z.literal('select'), option: Texts }).strict(),
]);

/**
 * Where a step's targets and labels come from: "source" — a public source confirms them (named in `sources`);
 * "no evidence" — none does, and the step leans on the site's other real labels and on a described instruction.
 */
const StepProvenance = z
  .object({
    evidence: z.enum(['source', 'no evidence']),
    sources: z.array(z.string().trim().min(1).max(300)).min(1).max(6).optional(),
    note: z.string().trim().min(1).max(600).optional(),
  })
  .strict()
  .refine((p) => p.evidence !== 'source' || p.sources !== undefined, 'evidence "source" names its sources');

const Step = z
  .object({
    id,
    /**
     * safe: navigation, opening a menu, "continue" — Signoff may press it when asked.
     * final: a decision (end, cancel, delete, confirm) — only the person presses it, ever.
     * outside: happens outside the site (an e-mail) — nothing to highlight.
     */
    kind: z.enum(['safe', 'final', 'outside']),
    instruction: Bilingual,
    /** The page where this step is done. A step without it applies anywhere on the site (the first step). */
    at: Condition.optional(),
    /** The page shows that this step is done (a menu it opened is visible, say), before the page changes. */
    done: Condition.optional(),
    /** The control to highlight. */
    target: Target.optional(),
    doItForMe: DoItForMe.optional(),
    /** Shown first; the person acknowledges it before the step's control is highlighted. */
    warning: Bilingual.optional(),
    /** The page may show this step another way (a tick box instead of a list): the first that holds is used. */
    alternatives: z
      .array(z.object({ when: Condition, instruction: Bilingual, target: Target.optional() }).strict())
      .max(5)
      .optional(),
    /** What to do by hand when Signoff cannot find the step's control. */
    manual: Bilingual,
    manualAfterMs: manualAfterMs.default(15_000),
    /** What confirms the step (built-in guides give it for every step; imported ones may leave it out). */
    provenance: StepProvenance.optional(),
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.kind !== 'safe' && step.doItForMe) {
      ctx.addIssue({ code: 'custom', path: ['doItForMe'], message: `a ${step.kind} step is never done for the person` });
    }
    if (step.kind === 'outside' && (step.target || step.alternatives)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'an outside step has nothing to highlight' });
    }
    if (step.doItForMe && step.doItForMe.action !== 'navigate' && !step.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: `"${step.doItForMe.action}" needs the step's target` });
    }
  });

/** A page that tries to keep the person (a discount, a pause, "are you sure you'll lose…"). */
const RetentionOffer = z
  .object({
    id,
    when: Condition,
    /** What the offer is, in a few words. */
    name: Bilingual,
    /** The control that declines it and goes on with the cancellation ("Continue to cancel"). Safe to press. */
    decline: Target,
    /** How the decline control is labelled, for the instruction. */
    declineLabel: Bilingual,
  })
  .strict();

const Ending = z
  .object({
    id,
    when: Condition,
    /** completed: the thing is cancelled or deleted (a receipt is kept). stopped: it cannot be done here. */
    outcome: z.enum(['completed', 'stopped']),
    message: Bilingual,
    /** The element whose text is the site's confirmation (kept in the receipt). */
    confirmation: z.array(CssSelector).min(1).max(10).optional(),
    stableMs: stableMs.default(0),
  })
  .strict();

export const GuideKind = z.enum(['cancel-subscription', 'delete-account', 'sign-out-other-devices']);
export type GuideKind = z.infer<typeof GuideKind>;

export const Guide = z
  .object({
    id,
    /** sign-out-other-devices: end the sessions the person left on other computers, from this one (issue #16 §2). */
    kind: GuideKind,
    title: Bilingual,
    description: Bilingual,
    /** The button on the site's row in the popup ("Cancel Prime…"). */
    menuLabel: Bilingual,
    /** What the receipt says was cancelled or deleted. */
    what: Bilingual,
    /** The recipe domains the guide works on; all of them when left out. */
    domains: z.array(Domain).min(1).max(40).optional(),
    startPath: SitePath,
    /**
     * The host the guide starts on, when it is not the site's origin (Google's sessions live on myaccount.google.com,
     * the recipe's origin is accounts.google.com). It must be on the run's domain: the background refuses it otherwise.
     */
    startHost: Domain.optional(),
    /** The page shows that nobody is signed in (a sign-in form, a "Sign in" greeting). */
    signedOut: Condition,
    steps: z.array(Step).min(1).max(30),
    retentionOffers: z.array(RetentionOffer).max(10).default([]),
    endings: z.array(Ending).min(1).max(10),
    /** The public sources the guide's flow as a whole rests on (each step names its own in its provenance). */
    provenance: z.object({ sources: z.array(Source).min(1).max(6) }).strict().optional(),
  })
  .strict()
  .superRefine((guide, ctx) => {
    const ids = new Set<string>();
    guide.steps.forEach((step, index) => {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicate step ${step.id}` });
      ids.add(step.id);
    });
    if (!guide.endings.some((ending) => ending.outcome === 'completed')) {
      ctx.addIssue({ code: 'custom', path: ['endings'], message: 'a guide needs an ending that completes it' });
    }
    if (!guide.steps.some((step) => step.kind === 'final')) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a guide has a final step the person presses' });
    }
  });

export type Guide = z.output<typeof Guide>;
export type GuideInput = z.input<typeof Guide>;
export type GuideStep = Guide['steps'][number];
export type GuideEnding = Guide['endings'][number];
export type RetentionOffer = Guide['retentionOffers'][number];
export type DoItForMe = NonNullable<GuideStep['doItForMe']>;
export type GuideLanguage = keyof Bilingual;
export type StepProvenance = NonNullable<GuideStep['provenance']>;
