import { computed, signal } from '@preact/signals';
import type { JobRow, Reason, SessionRow } from '../db-schema';
import type { Translate } from '../i18n';
import { isReasonKey } from '../i18n';
import type { Command, CommandReply } from '../messaging/protocol';
import { checkImportedRecipe, readImportedRecipes, recipeOrigins, saveImportedRecipe } from '../recipes/imported';
import { allRecipes, reloadExtraRecipes } from '../recipes/registry';
import type { Recipe } from '../recipes/schema';
import { siteAccessOrigins } from '../browser/site-access';
import { buildDraft } from './draft';
import type { Recording } from './recording-schema';
import { recordingItem } from './recording-store';
import { teachTabOrigins } from './tab-offer';
import { ownRecording, teachViewOf, type TeachSource } from './teach-view';
import type { TrialView } from './trial';

/**
 * The teach page's state and actions (issue #15): the recording lives in storage (the background and the recorder
 * write it); the page starts it, reviews it, saves it through the same checks as an imported recipe file, tries it,
 * and exports it. The entrypoint only wires this to the page.
 */

/** Reasons the background gives for not starting a recording, shown as their texts. */
const TEACH_ERRORS = ['teachHasRecipe', 'teachTabLeftSite', 'teachNoSignIn', 'teachNotOffered'] as const;

export function teachErrorText(t: Translate, error: string): string {
  if (isReasonKey(error)) return t(error);
  const known = TEACH_ERRORS.find((key) => key === error);
  return known ? t(known) : error;
}

export interface TeachPageDeps {
  source: TeachSource;
  t: Translate;
  send: (command: Command) => Promise<CommandReply>;
  /** Asks the person for host access; must be the first thing the click does (browsers ask only during a gesture). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  readReason: (stored: unknown) => Reason | undefined;
  today?: () => string;
}

export function createTeachPageStore({ source, t, send, requestOrigins, readReason, today = () => new Date().toISOString().slice(0, 10) }: TeachPageDeps) {
  const recording = signal<Recording | undefined>(undefined);
  const sessions = signal<SessionRow[]>([]);
  const jobs = signal<JobRow[]>([]);
  const imported = signal<Recipe[]>([]);
  const error = signal<string | undefined>(undefined);
  const trial = signal<{ jobId?: string; note?: TrialView }>({});
  const taken = signal<readonly Recipe[] | undefined>(undefined);

  const view = computed(() =>
    teachViewOf({
      source,
      recording: recording.value,
      sessions: sessions.value,
      jobs: jobs.value,
      imported: imported.value,
      taken: taken.value,
      today: today(),
      trial: trial.value,
      readReason,
    }),
  );
  const own = () => ownRecording(source, recording.value);
  const failed = (reply: CommandReply) => (reply.ok ? undefined : t('commandFailed', teachErrorText(t, reply.error)));

  /** The access recording needs: the row's whole site, or only the tab's host and its parents up to the site. */
  function accessNeeded(): string[] | undefined {
    if (source.kind === 'tab') return teachTabOrigins(source);
    const session = source.kind === 'session' ? sessions.value.find((row) => row.id === source.sessionId) : undefined;
    return session ? siteAccessOrigins(session.domain) : undefined;
  }

  async function start(): Promise<void> {
    error.value = undefined;
    const origins = accessNeeded();
    if (!origins) return;
    // Nothing awaited before the request: the browser asks only during the click.
    const granted = await requestOrigins(origins).catch(() => false);
    if (!granted) {
      error.value = t('reasonNoSiteAccess');
      return;
    }
    const command: Command =
      source.kind === 'tab'
        ? { channel: 'command', type: 'teach-start-tab', tabId: source.tabId, origin: source.origin }
        : { channel: 'command', type: 'teach-start', sessionId: source.kind === 'session' ? source.sessionId : '' };
    error.value = failed(await send(command));
  }

  async function save(name: string): Promise<void> {
    const rec = own();
    if (!rec) return;
    await reloadExtraRecipes();
    const draft = buildDraft(rec, { name, today: today(), taken: allRecipes() });
    if (!draft.ok) return;
    // Exactly what importing the exported file does: the same parse, the same rules, the same access request.
    const recipe = checkImportedRecipe(JSON.stringify(draft.recipe), allRecipes().filter((r) => r.id !== draft.recipe.id));
    const granted = await requestOrigins(recipeOrigins(recipe)).catch(() => false);
    if (!granted) {
      error.value = t('recipeImportRefused', t('recipePermissionRefused'));
      return;
    }
    await saveImportedRecipe(recipe);
    await recordingItem.set({ ...rec, status: 'saved', recipeId: recipe.id });
    await reloadExtraRecipes();
    imported.value = await readImportedRecipes();
    taken.value = allRecipes();
  }

  async function tryIt(): Promise<void> {
    const rec = own();
    if (!rec?.recipeId) return;
    const recipeSession = `${rec.recipeId}:${rec.domain}`;
    if (!sessions.value.some((row) => row.id === recipeSession)) {
      trial.value = { note: { kind: 'sign-in-first' } };
      return;
    }
    trial.value = {};
    const reply = await send({ channel: 'command', type: 'sign-out', sessionId: recipeSession });
    if (reply.ok && reply.jobId) trial.value = { jobId: reply.jobId };
    else error.value = failed(reply);
  }

  /** The saved recipe as the file the import accepts. */
  function exportFile(): { name: string; text: string } | undefined {
    const rec = own();
    const recipe = imported.value.find((r) => r.id === rec?.recipeId);
    return recipe ? { name: `${recipe.id}.json`, text: `${JSON.stringify(recipe, null, 2)}\n` } : undefined;
  }

  async function discard(): Promise<void> {
    trial.value = {};
    await recordingItem.remove();
  }

  /** Reads the stored recording and the recipes in force, and follows the recording as it changes. */
  async function load(): Promise<void> {
    recording.value = await recordingItem.get();
    recordingItem.watch((value) => (recording.value = value));
    await reloadExtraRecipes();
    imported.value = await readImportedRecipes();
    taken.value = allRecipes();
  }

  function setTables(tables: { sessions: SessionRow[]; jobs: JobRow[] }): void {
    sessions.value = tables.sessions;
    jobs.value = tables.jobs;
  }

  const fail = (e: unknown) => (error.value = t('commandFailed', e instanceof Error ? e.message : String(e)));

  return { view, error, start, save, tryIt, exportFile, discard, load, setTables, fail };
}
export type TeachPageStore = ReturnType<typeof createTeachPageStore>;
