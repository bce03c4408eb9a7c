import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/I18nContext';
import { TeachPage, type TeachView } from '../../components/teach/TeachPage';
import { trialOf, type TrialView } from '../../utils/teach/trial';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadLanguageChoice } from '../../utils/language-setting';
import { readStores, watchDatabase } from '../../utils/db-read';
import type { JobRow, SessionRow } from '../../utils/db-schema';
import { readStoredReason } from '../../utils/stored-reason';
import { sendCommand } from '../../utils/messaging/send-command';
import { commandErrorText } from '../../utils/popup-model';
import { siteAccessOrigins } from '../../utils/browser/site-access';
import { checkImportedRecipe, readImportedRecipes, recipeOrigins, saveImportedRecipe } from '../../utils/recipes/imported';
import { allRecipes, reloadExtraRecipes } from '../../utils/recipes/registry';
import { resolveSiteUrl } from '../../utils/core/site-url';
import type { Recipe } from '../../utils/recipes/schema';
import { recordingItem } from '../../utils/teach/recording-store';
import type { Recording } from '../../utils/teach/recording-schema';
import { buildDraft, draftAuthCookies, plainRecordedSteps, plainSteps } from '../../utils/teach/draft';
import '../options/style.css';

/**
 * The teach page (issue #15): opened from a popup row of a site without a recipe (`?session=generic:domain`). The
 * recording lives in storage (the background and the recorder write it); this page reviews it, saves it through the
 * same checks as an imported recipe file, tries it, and exports it.
 */

const sessionId = new URLSearchParams(location.search).get('session') ?? '';
const recording = signal<Recording | undefined>(undefined);
const sessions = signal<SessionRow[]>([]);
const jobs = signal<JobRow[]>([]);
const imported = signal<Recipe[]>([]);
const error = signal<string | undefined>(undefined);
const trialJobId = signal<string | undefined>(undefined);
const trialNote = signal<TrialView | undefined>(undefined);
/** Recipes in force (built-in, policy, imported) are read once loaded; the draft must not overlap them. */
const recipesLoaded = signal(false);

const today = () => new Date().toISOString().slice(0, 10);
const ownRecording = (rec: Recording | undefined) => (rec && (rec.sessionId === sessionId || sessionId === '') ? rec : undefined);
const taken = () => allRecipes();

function trialView(recipe: Recipe): TrialView | undefined {
  if (trialNote.value) return trialNote.value;
  if (!trialJobId.value) return undefined;
  const job = jobs.value.find((row) => row.id === trialJobId.value);
  return trialOf(job, readStoredReason(job?.reason), recipe);
}

const view = computed((): TeachView => {
  const rec = ownRecording(recording.value);
  const session = sessions.value.find((row) => row.id === sessionId);
  if (!rec) return session ? { kind: 'start', site: `${session.siteName} (${session.domain})` } : { kind: 'nothing' };
  const site = `${rec.siteName} (${rec.domain})`;
  switch (rec.status) {
    case 'recording':
      return { kind: 'recording', site, steps: plainRecordedSteps(rec.steps) };
    case 'refused':
      return { kind: 'refused', label: rec.refusedLabel ?? '' };
    case 'saved': {
      const recipe = imported.value.find((r) => r.id === rec.recipeId);
      return { kind: 'saved', name: recipe?.name ?? '', site, ...(recipe ? { trial: trialView(recipe) } : {}) };
    }
    case 'review': {
      if (!recipesLoaded.value) return { kind: 'recording', site, steps: plainRecordedSteps(rec.steps) };
      const draft = buildDraft(rec, { today: today(), taken: taken() });
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
});

const fail = (e: unknown) => (error.value = t('commandFailed', e instanceof Error ? e.message : String(e)));

async function start(): Promise<void> {
  error.value = undefined;
  const session = sessions.value.find((row) => row.id === sessionId);
  if (!session) return;
  // Recording needs access to this one site (asked for now, during the click, if not held already).
  const granted = await browser.permissions.request({ origins: siteAccessOrigins(session.domain) }).catch(() => false);
  if (!granted) {
    error.value = t('reasonNoSiteAccess');
    return;
  }
  const reply = await sendCommand({ channel: 'command', type: 'teach-start', sessionId });
  if (!reply.ok) error.value = t('commandFailed', commandErrorText(t, reply.error));
}

async function save(name: string): Promise<void> {
  const rec = ownRecording(recording.value);
  if (!rec) return;
  await reloadExtraRecipes();
  const draft = buildDraft(rec, { name, today: today(), taken: taken() });
  if (!draft.ok) return;
  // Exactly what importing the exported file does: the same parse, the same rules, the same access request.
  const recipe = checkImportedRecipe(JSON.stringify(draft.recipe), taken().filter((r) => r.id !== draft.recipe.id));
  const granted = await browser.permissions.request({ origins: recipeOrigins(recipe) }).catch(() => false);
  if (!granted) {
    error.value = t('recipeImportRefused', t('recipePermissionRefused'));
    return;
  }
  await saveImportedRecipe(recipe);
  await recordingItem.set({ ...rec, status: 'saved', recipeId: recipe.id });
  imported.value = await readImportedRecipes();
}

async function tryIt(): Promise<void> {
  const rec = ownRecording(recording.value);
  if (!rec?.recipeId) return;
  trialNote.value = undefined;
  trialJobId.value = undefined;
  const recipeSession = `${rec.recipeId}:${rec.domain}`;
  if (!sessions.value.some((row) => row.id === recipeSession)) {
    trialNote.value = { kind: 'sign-in-first' };
    return;
  }
  const reply = await sendCommand({ channel: 'command', type: 'sign-out', sessionId: recipeSession });
  if (reply.ok) trialJobId.value = reply.jobId;
  else error.value = t('commandFailed', commandErrorText(t, reply.error));
}

function exportRecipe(): void {
  const rec = ownRecording(recording.value);
  const recipe = imported.value.find((r) => r.id === rec?.recipeId);
  if (!recipe) return;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(recipe, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${recipe.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function discard(): Promise<void> {
  trialNote.value = undefined;
  await recordingItem.remove();
}

function Root() {
  return (
    <TeachPage
      view={view.value}
      error={error.value}
      onStart={() => void start().catch(fail)}
      onDiscard={() => void discard().catch(fail)}
      onSave={(name) => void save(name).catch(fail)}
      onTry={() => void tryIt().catch(fail)}
      onExport={exportRecipe}
    />
  );
}

async function main(): Promise<void> {
  await applyLanguage(await loadLanguageChoice());
  document.documentElement.lang = uiLanguage();
  document.title = `${t('extName')} — ${t('teachPageTitle')}`;
  recording.value = await recordingItem.get();
  recordingItem.watch((value) => (recording.value = value));
  watchDatabase(async () => {
    const tables = await readStores<{ sessions: SessionRow[]; jobs: JobRow[] }>(['sessions', 'jobs']);
    sessions.value = tables.sessions;
    jobs.value = tables.jobs;
  });
  await reloadExtraRecipes();
  imported.value = await readImportedRecipes();
  recipesLoaded.value = true;
  const root = document.getElementById('app');
  if (root) {
    render(
      <I18nContext.Provider value={{ t, lang: uiLanguage() }}>
        <div class="options">
          <Root />
        </div>
      </I18nContext.Provider>,
      root,
    );
  }
}
void main();
