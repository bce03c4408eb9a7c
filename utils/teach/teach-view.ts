import type { JobRow, SessionRow } from '../db-schema';
import { resolveSiteUrl } from '../core/site-url';
import type { Recipe } from '../recipes/schema';
import type { Reason } from '../db-schema';
import { buildDraft, draftAuthCookies, plainRecordedSteps, plainSteps, type PlainStep } from './draft';
import type { Recording } from './recording-schema';
import { tabSite } from './tab-offer';
import { trialOf, type TrialView } from './trial';

/**
 * The teach page's state as plain values, and what it shows for them: which recording is this page's, and the view
 * (start, recording, refused, review with the draft checked as an import, saved with the "Try it" outcome).
 */

/** Where the page was opened from: a popup row of a site without a recipe, the tab the popup was over, or neither. */
export type TeachSource =
  | { kind: 'session'; sessionId: string }
  | { kind: 'tab'; tabId: number; origin: string; host: string; domain: string }
  | { kind: 'any' };

/** `?session=generic:school.example`, or `?tab=12&origin=https://www.school.example` (an https site's origin only). */
export function teachSourceOf(search: string): TeachSource {
  const params = new URLSearchParams(search);
  const sessionId = params.get('session');
  if (sessionId) return { kind: 'session', sessionId };
  const tabId = Number(params.get('tab'));
  const site = tabSite(params.get('origin') ?? undefined);
  if (Number.isSafeInteger(tabId) && tabId >= 0 && site && site.origin === params.get('origin')) return { kind: 'tab', tabId, ...site };
  return { kind: 'any' };
}

/** The recording, if it is the one this page was opened for. */
export function ownRecording(source: TeachSource, rec: Recording | undefined): Recording | undefined {
  if (!rec) return undefined;
  if (source.kind === 'session') return rec.sessionId === source.sessionId ? rec : undefined;
  if (source.kind === 'tab') return rec.tabId === source.tabId && rec.origin === source.origin ? rec : undefined;
  return rec;
}

/** What the teach page shows (components/teach/TeachPage.tsx draws it). */
export type TeachView =
  | { kind: 'nothing' }
  | { kind: 'start'; site: string; fromTab?: { host: string } }
  | { kind: 'recording'; site: string; steps: PlainStep[] }
  | { kind: 'refused'; label: string }
  | {
      kind: 'review';
      site: string;
      domain: string;
      steps: PlainStep[];
      cookies: string[];
      checkUrl?: string;
      name: string;
      problems: string[];
    }
  | { kind: 'saved'; name: string; site: string; trial?: TrialView };

export interface TeachState {
  source: TeachSource;
  recording: Recording | undefined;
  sessions: readonly SessionRow[];
  jobs: readonly JobRow[];
  /** Imported recipes (a saved recording is one). */
  imported: readonly Recipe[];
  /** The recipes in force once read (built-in, policy, imported): a draft must not overlap them. */
  taken: readonly Recipe[] | undefined;
  today: string;
  trial: { jobId?: string; note?: TrialView };
  /** The stored job's reason, read at the boundary. */
  readReason: (stored: unknown) => Reason | undefined;
}

function startView(state: TeachState): TeachView {
  const { source } = state;
  if (source.kind === 'tab') return { kind: 'start', site: `${source.host} (${source.domain})`, fromTab: { host: source.host } };
  const session = source.kind === 'session' ? state.sessions.find((row) => row.id === source.sessionId) : undefined;
  return session ? { kind: 'start', site: `${session.siteName} (${session.domain})` } : { kind: 'nothing' };
}

function trialView(state: TeachState, recipe: Recipe): TrialView | undefined {
  if (state.trial.note) return state.trial.note;
  if (!state.trial.jobId) return undefined;
  const job = state.jobs.find((row) => row.id === state.trial.jobId);
  return trialOf(job, state.readReason(job?.reason), recipe);
}

export function teachViewOf(state: TeachState): TeachView {
  const rec = ownRecording(state.source, state.recording);
  if (!rec) return startView(state);
  const site = `${rec.siteName} (${rec.domain})`;
  switch (rec.status) {
    case 'recording':
      return { kind: 'recording', site, steps: plainRecordedSteps(rec.steps) };
    case 'refused':
      return { kind: 'refused', label: rec.refusedLabel ?? '' };
    case 'saved': {
      const recipe = state.imported.find((r) => r.id === rec.recipeId);
      const trial = recipe && trialView(state, recipe);
      return { kind: 'saved', name: recipe?.name ?? '', site, ...(trial ? { trial } : {}) };
    }
    case 'review': {
      if (!state.taken) return { kind: 'recording', site, steps: plainRecordedSteps(rec.steps) };
      const draft = buildDraft(rec, { today: state.today, taken: state.taken });
      const recipe = draft.ok ? draft.recipe : undefined;
      const check = recipe?.accountCheck && recipe.sites[0] ? resolveSiteUrl(recipe.sites[0], recipe.accountCheck.url) : undefined;
      return {
        kind: 'review',
        site,
        domain: rec.domain,
        steps: recipe ? plainSteps(recipe) : plainRecordedSteps(rec.steps),
        cookies: draftAuthCookies(rec),
        ...(check ? { checkUrl: check } : {}),
        name: recipe?.name ?? rec.siteName,
        problems: draft.ok ? [] : draft.problems,
      };
    }
  }
}
