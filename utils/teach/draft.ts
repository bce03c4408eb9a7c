import { extraRecipeIssues } from '../recipes/extra-recipe-rules';
import { Recipe, type RecipeInput, type Step, type Target } from '../recipes/schema';
import type { RecordedStep, Recording } from './recording-schema';

/**
 * Turns a recording into a recipe, checked exactly as an imported one is (the same schema, the same rules for
 * recipes from outside), so that what the person saves is what another browser's import accepts.
 */

export interface DraftOptions {
  /** The name the person gave it (the site's host by default). */
  name?: string;
  /** Today, as YYYY-MM-DD (the recipe's `checked`). */
  today: string;
  /** Recipes it may not overlap: the built-in ones and the extra ones in force. */
  taken: readonly Recipe[];
}

export type Draft = { ok: true; recipe: Recipe } | { ok: false; problems: string[] };

/** "school.example" → "taught-school-example": one recipe per site, saved again over itself. */
export const taughtRecipeId = (domain: string): string => `taught-${domain.replace(/[^a-z0-9]+/g, '-')}`;

/** The recorded steps as recipe steps; a hover before a press on something else may be needed, so it is optional. */
export function recipeSteps(steps: readonly RecordedStep[]): Step[] {
  return steps.map((step): Step => {
    if (step.kind === 'navigate') return { action: 'navigate', path: step.path };
    if (step.kind === 'hover') return { action: 'hover', target: step.target, optional: true };
    return { action: 'click', target: step.target };
  });
}

/** Markers of the signed-in page the person started on: the first control's stable attributes as HTML shows them. */
function signedInMarkers(steps: readonly RecordedStep[]): string[] {
  const first = steps.find((step) => step.kind !== 'navigate');
  if (!first || !('target' in first)) return [];
  return (first.target.css ?? [])
    .map((selector) => /^(?:[a-z]*)\[(aria-label|data-testid|data-test-id|data-test|data-qa|data-cy|name)="([^"]+)"\]$/.exec(selector) ?? /^#([\w-]+)$/.exec(selector))
    .flatMap((match) => (match ? [match.length === 3 ? `${match[1]}="${match[2]}"` : `id="${match[1]}"`] : []))
    .filter((marker) => marker.length >= 3 && !/[<>&]/.test(marker))
    .slice(0, 5);
}

/** Cookie names that went away with the sign-out (those the site set at sign-in); all sign-in names if none did. */
export function draftAuthCookies(recording: Pick<Recording, 'sessionCookies' | 'removedCookies'>): string[] {
  const gone = recording.removedCookies.filter((name) => recording.sessionCookies.includes(name));
  return (gone.length ? gone : recording.sessionCookies.length ? recording.sessionCookies : recording.removedCookies).slice(0, 20);
}

export function buildDraft(recording: Recording, options: DraftOptions): Draft {
  const problems: string[] = [];
  if (recording.status === 'refused') problems.push(`refused: "${recording.refusedLabel ?? ''}" is a destructive control`);
  const steps = recipeSteps(recording.steps);
  if (!steps.some((step) => step.action === 'click')) problems.push('signOut.0.steps: no press was recorded');
  const markers = signedInMarkers(recording.steps);
  const host = new URL(recording.origin).hostname;
  const input: RecipeInput = {
    id: taughtRecipeId(recording.domain),
    name: (options.name?.trim() || host).slice(0, 60),
    sites: [{ domain: recording.domain, origin: recording.origin, authCookies: draftAuthCookies(recording) }],
    signOut: [{ kind: 'steps', startPath: recording.startPath, steps }],
    ...(markers.length
      ? {
          accountCheck: {
            url: recording.startPath,
            signedIn: { kind: 'marker', text: markers },
            signedOut: { redirect: true, statuses: [], markers: [] },
          },
        }
      : {}),
    provenance: {
      sources: [
        {
          url: `${recording.origin}${recording.startPath}`,
          note: `Recorded in Signoff: a person signed out of ${host} by hand (${steps.length} steps); the cookies named went away.`,
        },
      ],
      checked: options.today,
      ...(markers.length
        ? { accountCheck: { confidence: 'low', sources: [{ url: `${recording.origin}${recording.startPath}`, note: 'The page the person was on showed the first control while signed in.' }] } }
        : {}),
    },
  };
  if (problems.length) return { ok: false, problems };
  const parsed = Recipe.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(recipe)'}: ${issue.message}`) };
  // A recipe saved earlier for the same site is replaced, not a clash with itself.
  const issues = extraRecipeIssues(parsed.data, options.taken.filter((recipe) => recipe.id !== parsed.data.id));
  if (issues.length) return { ok: false, problems: issues.map((issue) => `${issue.path}: ${issue.message}`) };
  return { ok: true, recipe: parsed.data };
}

/** One step of a recipe in plain words: what kind of step, and the name the person saw (or the address). */
export interface PlainStep {
  kind: 'open-menu' | 'press' | 'hover' | 'navigate';
  label: string;
}

const targetLabel = (target: Target): string => Object.values(target.text ?? {}).flat()[0] ?? target.css?.[0] ?? '';

export function plainSteps(recipe: Recipe): PlainStep[] {
  const method = recipe.signOut[0];
  if (method?.kind !== 'steps') return [];
  return method.steps.map((step, index): PlainStep => {
    if (step.action === 'navigate') return { kind: 'navigate', label: step.path };
    const next = method.steps[index + 1];
    // A press followed by another press is how a menu is opened ("1. open the menu 'Konto' 2. press 'Wyloguj'").
    if (step.action === 'click' && next?.action === 'click' && index === 0) return { kind: 'open-menu', label: targetLabel(step.target) };
    return { kind: step.action === 'hover' ? 'hover' : 'press', label: targetLabel(step.target) };
  });
}

/** Every CSS selector and text a step tries, for "which step failed, with the targets tried". */
export function triedTargets(recipe: Recipe, stepIndex: number): string[] {
  const method = recipe.signOut[0];
  const step = method?.kind === 'steps' ? method.steps[stepIndex] : undefined;
  if (!step || step.action === 'navigate') return [];
  return [...(step.target.css ?? []), ...Object.values(step.target.text ?? {}).flat().map((text) => `"${text}"`)];
}

/** The steps recorded so far in plain words (while recording, before there is a recipe). */
export function plainRecordedSteps(steps: readonly RecordedStep[]): PlainStep[] {
  return steps.map((step): PlainStep => {
    if (step.kind === 'navigate') return { kind: 'navigate', label: step.path };
    if (step.kind === 'hover') return { kind: 'hover', label: step.label };
    return { kind: step.opensMenu ? 'open-menu' : 'press', label: step.label };
  });
}
