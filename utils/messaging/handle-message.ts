import type { Browser } from 'wxt/browser';
import { extensionUrl, ownExtensionId } from '../browser/runtime';
import { db } from '../db';
import { loadExtraRecipes } from '../recipes/registry';
import { openAccountFlow } from '../jobs/open-account-flow';
import { signOutEverywhere } from '../jobs/sign-out-everywhere';
import { leave } from '../jobs/leave';
import { CommandError } from './command-error';
import { dismissLeftovers } from '../reminders/browser-start';
import { resumeUnfinishedJobs, startSignOut } from '../jobs/sign-out-job';
import { onPageSignal, recheckSites } from '../sessions/sessions';
import { writePopupSnapshot } from '../sessions/popup-snapshot-writer';
import { onAccountSignals, onPasswordSubmitted } from '../generic/generic-sessions';
import { onRecorderReport, startTeaching } from '../teach/teach-recording';
import { checkTeachOffer, startTeachingTab } from '../teach/start-from-tab';
import { Command, Report, type CommandReplies, type CommandReply } from './protocol';
import { GuideCommand, GuideReport, type GuideCommandReplies } from '../guides/protocol';
import { onGuideReport, resumeGuide, startGuide, stopGuide } from '../guides/guide-runs';

/** Signoff's own pages (popup, options) have the extension's origin; web pages and content scripts do not. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === ownExtensionId() && (sender.url ?? '').startsWith(extensionUrl('/'));
}

/**
 * The tab and address a report speaks for, or undefined when it may not speak at all. Only the top frame's
 * document, while it is the one shown: a framed document, or a prerendered or cached one (documentLifecycle, where
 * the browser tells it), must not speak for the visible site. The address is the frame's own (`sender.url`), which
 * the browser supplies; `sender.tab.url` would be the top page's whatever frame sent the report.
 */
export function reportOrigin(sender: Browser.runtime.MessageSender): { tabId: number; url: string } | undefined {
  const lifecycle = (sender as { documentLifecycle?: string }).documentLifecycle;
  if (sender.id !== ownExtensionId() || sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url) return undefined;
  if (lifecycle !== undefined && lifecycle !== 'active') return undefined;
  return { tabId: sender.tab.id, url: sender.url };
}

/**
 * The background's single message entry. Commands are obeyed only from extension pages; reports from content
 * scripts may only describe their own tab, whose address comes from the browser, not from the message.
 */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const command = Command.safeParse(message);
  if (command.success) {
    if (!fromExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'refused' } satisfies CommandReply);
    return runCommand(command.data);
  }
  const report = Report.safeParse(message);
  const origin = reportOrigin(sender);
  if (report.success && origin) return handleReport(report.data, origin.tabId, origin.url).then(() => ({ ok: true }));
  return handleGuideMessage(message, sender);
}

/** Guides (utils/guides/): the same rules, with their own commands and the panel's reports about its own tab. */
function handleGuideMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const command = GuideCommand.safeParse(message);
  if (command.success) {
    if (!fromExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'refused' } satisfies CommandReply);
    return runGuideCommand(command.data);
  }
  const report = GuideReport.safeParse(message);
  const origin = reportOrigin(sender);
  if (report.success && origin) return onGuideReport(report.data, origin.tabId, origin.url);
  return undefined;
}

/** One handler per command, each answering exactly what its protocol's reply map promises for it. */
type Handlers<C extends { type: keyof Replies }, Replies> = {
  [T in C['type']]: (command: Extract<C, { type: T }>) => Promise<Replies[T]>;
};

const guideHandlers: Handlers<GuideCommand, GuideCommandReplies> = {
  'start-guide': async ({ recipeId, guideId, domain }) => ({ runId: await startGuide(recipeId, guideId, domain) }),
  'resume-guide': async ({ runId }) => (await resumeGuide(runId), {}),
  'stop-guide': async ({ runId }) => (await stopGuide(runId), {}),
};

const commandHandlers: Handlers<Command, CommandReplies> = {
  'popup-opened': async () => {
    void writePopupSnapshot(true); // The next opening draws from it: make sure it holds what the database does.
    void recheckSites(); // The sites answer in the background; the popup follows the database.
    await resumeUnfinishedJobs();
    return {};
  },
  'sign-out': async ({ sessionId }) => ({ jobId: await startSignOut(sessionId) }),
  'sign-out-everywhere': async () => ({ batchId: await signOutEverywhere('popup') }),
  leave: async () => ({ batchId: await leave() }),
  'dismiss-leftovers': async () => (await dismissLeftovers(), {}),
  'open-flow': async ({ sessionId, flow }) => (await openAccountFlow(sessionId, flow), {}),
  'dismiss-result': async ({ jobId }) => (await db.jobs.update(jobId, { dismissed: true }), {}),
  'teach-start': async ({ sessionId }) => (await startTeaching(sessionId), {}),
  'teach-offer': async ({ tabId, origin }) => (await checkTeachOffer(tabId, origin), {}),
  'teach-start-tab': async ({ tabId, origin }) => (await startTeachingTab(tabId, origin), {}),
};

/** Runs a parsed command's handler; a CommandError becomes its reason key, anything else its text. */
async function answer<C extends { type: string }>(handle: (command: C) => Promise<object>, command: C): Promise<CommandReply> {
  try {
    return { ok: true, ...(await handle(command)) };
  } catch (error) {
    return { ok: false, error: error instanceof CommandError ? error.message : String(error) };
  }
}

function runGuideCommand(command: GuideCommand): Promise<CommandReply> {
  // The map holds one handler per type; TypeScript cannot tie a union's member to its entry, so it is looked up here.
  return answer(guideHandlers[command.type] as (command: GuideCommand) => Promise<object>, command);
}

function runCommand(command: Command): Promise<CommandReply> {
  const handle = commandHandlers[command.type] as (command: Command) => Promise<object>;
  return answer(async (parsed: Command) => {
    await loadExtraRecipes();
    return handle(parsed);
  }, command);
}

async function handleReport(report: Report, tabId: number, tabUrl: string): Promise<void> {
  switch (report.type) {
    case 'page-signal':
      return onPageSignal(new URL(tabUrl).hostname, report);
    case 'runner-step': {
      // Only the tab a job drives may move that job's progress.
      const job = await db.jobs.get(report.jobId);
      if (!job || job.tabId !== tabId || job.phase === 'done') return;
      // Only the forget flow's finding counts: it is what lets the result say the sign-in page listed the account.
      const listed = report.accountFound && job.phase === 'forgetting' ? { rememberedListed: true as const } : {};
      await db.jobs.update(job.id, { stepIndex: report.index, ...listed });
      return;
    }
    case 'password-submitted':
      return onPasswordSubmitted(tabUrl);
    case 'account-signals':
      return onAccountSignals(tabUrl);
    case 'teach-step':
      return onRecorderReport({ type: report.type, step: report.step, destructive: report.destructive }, tabId, tabUrl);
    case 'teach-undo':
    case 'teach-done':
      return onRecorderReport({ type: report.type }, tabId, tabUrl);
    case 'generic-step': {
      const job = await db.jobs.get(report.jobId);
      if (!job || job.tabId !== tabId || job.phase === 'done') return;
      const pageActions = [...(job.pageActions ?? []), `${report.action}: ${report.label}`.slice(0, 120)].slice(-20);
      await db.jobs.update(job.id, { pageActions });
      return;
    }
  }
}
