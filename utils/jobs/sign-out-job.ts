import { clearAlarm, setRepeatingAlarm } from '../browser/alarms';
import { closeTab, tabSettledProbe } from '../browser/tabs';
import { clearSiteData, type ClearScope } from '../browser/site-data';
import { authCookieNames } from '../browser/cookies';
import { db } from '../db';
import { loadExtraRecipes } from '../recipes/registry';
import type { JobOutcome, JobRow, Reason, ReasonKey } from '../db-schema';
import { recipeForJob } from '../generic/generic-recipe';
import { GENERIC_RECIPE_ID } from '../generic/generic-sessions';
import type { Recipe, SiteEntry } from '../recipes/schema';
import { refreshSite } from '../sessions/sessions';
import { recordOutcome, unfinishedJobs, updateJob } from './job-store';
import { runSignOutMethod } from './sign-out-methods';
import { reasonOf } from './method-result';
import { forgetResult } from './forget-result';
import { QUIET_MS, quietWindowMs, verifySignOut, type SignOutVerdict } from './verify';
import { browserRunStartedAt, interruptedByBrowserExit } from './browser-run';
import { hasSiteAccess } from '../browser/site-access';
import { CommandError } from '../messaging/command-error';

/** Signoff may not read the site's cookies or run in its pages: it can neither sign out nor check anything. */
const NO_SITE_ACCESS: Reason = { key: 'reasonNoSiteAccess' };

const JOB_DEADLINE_MS = 90_000;
const VERIFY_TIMEOUT_MS = 15_000;
/** A job picked up again after a worker stop gives a sign-out already under way this long to finish. */
const RESUME_GRACE_MS = 10_000;
const MAX_RESUMES = 3;
/** How long a loaded sign-out page must stay quiet before Signoff stops waiting for its cookies to go. */
const SETTLED_QUIET_MS = 2_000;
export const WATCHDOG_ALARM = 'signoff-jobs';

/** Why a sign-out whose cookies went is still not "verified" (the popup says which). */
const FALLBACK_REASON = {
  'signed-back-in': 'reasonNotVerified',
  'site-signed-in': 'reasonSiteStillSignedIn',
  'site-not-asked': 'reasonSiteNotAsked',
  'cannot-verify': 'reasonNotModelled',
} as const satisfies Record<Exclude<SignOutVerdict, 'verified' | 'not-signed-out'>, ReasonKey>;

/** Jobs this worker instance is driving. Only a guard against driving one job twice: the state is in Dexie. */
const driving = new Set<string>();

/**
 * At most this many sites are signed out at once. A sign-out mostly waits (for the site's answers, for verification's
 * quiet windows) rather than works, and sites signed out by a plain request open no tab: ten side by side keep "sign
 * out everywhere" at ten sites close to the time of the slowest one (docs/benchmarks.md; four made it 1.8 × that).
 */
export const MAX_PARALLEL_JOBS = 10;

/** Queues signing out of one session (or returns the job already doing it) and starts it when a slot is free. */
export async function startSignOut(sessionId: string): Promise<string> {
  const jobId = await db.transaction('rw', db.sessions, db.jobs, () => enqueueSignOut(sessionId));
  await startQueue();
  return jobId;
}

/**
 * Adds a queued job unless the session already has one. Call it inside a Dexie transaction over sessions and
 * jobs: the transaction is what makes two presses at the same moment create one job, not two.
 */
export async function enqueueSignOut(sessionId: string, batchId?: string): Promise<string> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new CommandError('reasonUnknownSession');
  const existing = await db.jobs.where('sessionId').equals(sessionId).filter((job) => job.phase !== 'done').first();
  if (existing) return existing.id;
  const now = Date.now();
  const job: JobRow = {
    id: crypto.randomUUID(),
    kind: 'sign-out',
    sessionId,
    recipeId: session.recipeId,
    siteName: session.siteName,
    domain: session.domain,
    accountName: session.accountName,
    phase: 'queued',
    methodIndex: 0,
    stepIndex: 0,
    resumes: 0,
    openedTab: false,
    createdAt: now,
    updatedAt: now,
    deadline: now + JOB_DEADLINE_MS,
    ...(batchId ? { batchId } : {}),
  };
  await db.jobs.add(job);
  return job.id;
}

/** After jobs were queued: keep a watchdog alarm while work is pending, and start what fits. */
export async function startQueue(): Promise<void> {
  await setRepeatingAlarm(WATCHDOG_ALARM, 0.5);
  void startQueuedJobs();
}

/** Picks up jobs a stopped worker left unfinished: at worker start, on the watchdog alarm, when the popup opens. */
export async function resumeUnfinishedJobs(): Promise<void> {
  await browserRunStartedAt(); // The first worker of a browser run stamps its start (see browser-run.ts).
  await loadExtraRecipes(); // Jobs of imported or policy recipes need them loaded in a fresh worker.
  const jobs = await unfinishedJobs();
  if (jobs.length === 0) await clearAlarm(WATCHDOG_ALARM);
  for (const job of jobs) if (job.phase !== 'queued') void drive(job.id, true);
  await startQueuedJobs();
}

/** Starts queued jobs, oldest first, while fewer than MAX_PARALLEL_JOBS run in this worker. */
async function startQueuedJobs(): Promise<void> {
  const queued = (await unfinishedJobs()).filter((job) => job.phase === 'queued').sort((a, b) => a.createdAt - b.createdAt);
  // No await below: two concurrent calls cannot both see a free slot.
  for (const job of queued) {
    if (driving.size >= MAX_PARALLEL_JOBS) return;
    void drive(job.id);
  }
}

async function drive(jobId: string, resumed = false): Promise<void> {
  if (driving.has(jobId)) return;
  driving.add(jobId);
  try {
    if (resumed) await db.jobs.where('id').equals(jobId).modify((job) => void (job.resumes += 1));
    await driveJob(jobId);
  } catch (error) {
    // A browser that is closing fails every call; the job stays as it is and the next browser run resumes it.
    if (String(error).includes('browser is shutting down')) return;
    await finish(jobId, 'failed', reasonOf('reasonUnexpected', String(error)));
  } finally {
    driving.delete(jobId);
    void startQueuedJobs();
  }
}

async function driveJob(jobId: string): Promise<void> {
  let job = await db.jobs.get(jobId);
  if (!job || job.phase === 'done') return;
  const found = await recipeForJob(job);
  if (!found) return finish(jobId, 'failed', reasonOf('reasonUnknownSession'));
  const { recipe, site } = found;
  // Without access, missing cookies would read as "signed out" and a removal could not be checked: do nothing,
  // and say so (the popup offers to ask for the access).
  if (!(await hasSiteAccess(site.domain))) return finish(jobId, 'failed', NO_SITE_ACCESS);

  // A queued job's time starts when it leaves the queue, not while it waits behind others.
  if (job.phase === 'queued') job = await updateJob(job, { deadline: Date.now() + JOB_DEADLINE_MS });
  if (job.phase === 'forgetting') return afterVerifiedSignOut(job, recipe, site, methodKind(recipe, job.methodIndex));
  const resumedMidMethod = job.resumes > 0 && (job.phase === 'running' || job.phase === 'verifying');
  if (resumedMidMethod && (await interruptedByBrowserExit(job))) {
    // The browser closed mid-sign-out: nothing is under way any more, and missing cookies prove nothing (a browser
    // that is killed may never have written them to disk). Without cookies there is nothing left to sign out with:
    // say that the site may still hold the session. With them, the sign-out starts again below.
    if ((await authCookieNames(site)).length === 0) return fallBackToClearing(job, site, reasonOf('reasonBrowserClosed'));
  } else if (resumedMidMethod) {
    const landed = async () => QUIET_MS; // Whatever the old tab shows now, it gets the full window.
    const verdict = await verifySignOut(recipe, site, { waitMs: RESUME_GRACE_MS, landed, settled: settledProbe(job), giveUpWhenSettled: false });
    if (verdict === 'verified') return afterVerifiedSignOut(job, recipe, site, methodKind(recipe, job.methodIndex));
    if (verdict !== 'not-signed-out') return fallBackToClearing(job, site, reasonOf(FALLBACK_REASON[verdict]));
  }

  if (job.phase === 'clearing') return fallBackToClearing(job, site, job.reason ?? reasonOf('reasonControlMissing'));
  if (job.resumes > MAX_RESUMES) return fallBackToClearing(job, site, reasonOf('reasonTimeout'));

  let reason = reasonOf('reasonControlMissing');
  while (job.methodIndex < recipe.signOut.length) {
    if (Date.now() > job.deadline) {
      reason = reasonOf('reasonTimeout');
      break;
    }
    const method = recipe.signOut[job.methodIndex]!;
    job = await updateJob(job, { phase: 'opening' });
    const result = await runSignOutMethod(job, site, method);
    if (result.ran) {
      job = await updateJob(job, { phase: 'verifying' });
      const methodName = result.by === 'request' ? 'url-request' : method.kind;
      const signingOut = job;
      const landed = () => closeSignOutTab(signingOut, [site.domain, ...recipe.relatedDomains]);
      const verdict = await verifySignOut(recipe, site, { waitMs: VERIFY_TIMEOUT_MS, landed, settled: settledProbe(job) });
      if (verdict === 'verified') return afterVerifiedSignOut(job, recipe, site, methodName);
      // The cookies went but the session did not (signed straight back in, or the site still answers signed in),
      // or the site could not be asked: remove the site here and say exactly that.
      if (verdict !== 'not-signed-out') return fallBackToClearing(job, site, reasonOf(FALLBACK_REASON[verdict]));
      reason = reasonOf('reasonNotVerified');
    } else {
      reason = result.reason;
    }
    job = await updateJob(job, { methodIndex: job.methodIndex + 1, stepIndex: 0 });
  }
  await fallBackToClearing(job, site, reason);
}

/**
 * Signed out and verified. On a shared computer the site may still offer the account in its account switcher or
 * chooser: where the recipe knows how, remove it there too. That part is recorded separately and never turns a
 * verified sign-out into a failure.
 */
async function afterVerifiedSignOut(job: JobRow, recipe: Recipe, site: SiteEntry, method?: string): Promise<void> {
  const signedOutBy = recipe.signOut[job.methodIndex];
  // The result says it when the sign-out that worked ends every account of the site in this browser.
  if (signedOutBy && signedOutBy.kind !== 'generic' && signedOutBy.endsAllAccounts) {
    job = await updateJob(job, { endedAllAccountsOf: signedOutBy.endsAllAccounts.of });
  }
  const flow = recipe.flows.forgetRemembered;
  if (flow) {
    job = await updateJob(job, { phase: 'forgetting', stepIndex: 0 });
    const result = await runSignOutMethod(job, site, { kind: 'steps', ...flow }, true);
    const listed = (await db.jobs.get(job.id))?.rememberedListed === true; // Reported by the runner as it went.
    job = await updateJob(job, { forgotRemembered: forgetResult(flow, result, listed) });
  }
  if (job.batchId) {
    // "Sign out everywhere" leaves nothing of the site behind: what the site's sign-out kept (anonymous ids,
    // storage) goes too. The outcome stays "verified": the site itself ended the session.
    const cleared = await clearSiteData(site, clearScope(job)).then(() => true, () => false);
    await updateJob(job, { leftoversCleared: cleared });
  }
  return finish(job.id, 'verified', reasonOf('reasonVerified'), method);
}

/** The site could not be signed out through its own controls: forget it in this browser, and say exactly that. */
async function fallBackToClearing(job: JobRow, site: SiteEntry, reason: Reason): Promise<void> {
  await updateJob(job, { phase: 'clearing', reason });
  try {
    await clearSiteData(site, clearScope(job));
  } catch (error) {
    return finish(job.id, 'failed', reasonOf('reasonClearFailed', String(error)));
  }
  const left = await authCookieNames(site);
  return left.length === 0 ? finish(job.id, 'cleared', reason) : finish(job.id, 'failed', reasonOf('reasonClearFailed'));
}

async function finish(jobId: string, outcome: JobOutcome, reason: Reason, method?: string): Promise<void> {
  // The outcome rests on the site's cookies: if the access went while the job ran, they were never seen.
  const domain = (await db.jobs.get(jobId))?.domain;
  if (outcome !== 'failed' && domain !== undefined && !(await hasSiteAccess(domain))) {
    outcome = 'failed';
    reason = NO_SITE_ACCESS;
    method = undefined;
  }
  const job = await recordOutcome(jobId, outcome, reason, method);
  if (!job) return;
  if (job.openedTab && job.tabId !== undefined) await closeTab(job.tabId);
  const found = await recipeForJob(job);
  if (found) await refreshSite(found.recipe, found.site);
}

/** A site without a recipe is only a guess at a site: its fallback reaches no further than the hosts it was seen on. */
const clearScope = (job: Pick<JobRow, 'recipeId'>): ClearScope => (job.recipeId === GENERIC_RECIPE_ID ? 'seen-hosts' : 'site');

/**
 * The site's own sign-out has landed (its auth cookies are gone): Signoff's sign-out tab has done its work and is
 * closed at once, before a script of the page it landed on can do anything more, such as sign the person back in.
 * Whether the sign-out holds is then the site's answer to its account check (verify.ts). Answers the quiet window:
 * none unless another page of the site is still open.
 */
async function closeSignOutTab(job: JobRow, domains: readonly string[]): Promise<number> {
  const { tabId, openedTab } = (await db.jobs.get(job.id)) ?? job;
  if (openedTab && tabId !== undefined) {
    await closeTab(tabId);
    await updateJob(job, { tabId: undefined });
  }
  return quietWindowMs(domains);
}

/** Answers true once the job's tab has stayed loaded for a moment (or is gone); without a tab, at once. */
function settledProbe(job: JobRow): (() => Promise<boolean>) | undefined {
  return job.tabId === undefined ? undefined : tabSettledProbe(job.tabId, SETTLED_QUIET_MS);
}

function methodKind(recipe: Recipe, index: number): string | undefined {
  return recipe.signOut[index]?.kind;
}
