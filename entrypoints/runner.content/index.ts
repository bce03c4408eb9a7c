import { browser } from 'wxt/browser';
import { type GenericRunRequest, type RunRequest, type GenericRunResult, type Report, type RunResult } from '@/utils/messaging/protocol';
import { runGenericSignOutInPage } from '@/utils/generic/run-generic-page';
import { runSteps, StepError } from '@/utils/recipes/engine';
import { builtInRecipeMatches } from '@/utils/recipes/build-time';
import { runnerWork } from '@/utils/messaging/runner-work';

/**
 * Injected by the background into the one tab it is signing out, only while it does so. It runs the steps it is
 * given and reports each before performing it, because a click may unload the page (and this script with it).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: builtInRecipeMatches(),
  main() {
    // The background injects again after every page load; within one page, listen once.
    const marker = '__signoffRunnerListening';
    const scope = globalThis as typeof globalThis & { [marker]?: boolean };
    if (scope[marker]) return;
    scope[marker] = true;

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      // The tab may have been steered to another site since the background looked: work only on the job's site.
      const answer = runnerWork(message, location.href);
      if (!answer) return undefined;
      if (!answer.accept) return Promise.resolve(answer.reply);
      return answer.work.type === 'run' ? run(answer.work) : runGeneric(answer.work);
    });
  },
});

async function run(request: RunRequest): Promise<RunResult> {
  const reportStep = async (index: number, found?: 'account-found') => {
    const report: Report = { channel: 'report', type: 'runner-step', jobId: request.jobId, index, ...(found ? { accountFound: true } : {}) };
    await browser.runtime.sendMessage(report).catch(() => undefined); // Progress is best effort; the run goes on.
  };
  try {
    return await runSteps(document, request.steps, {
      startAt: request.startAt,
      onStep: (index) => reportStep(index),
      // Recorded before anything in the entry is pressed: the press may unload the page, and the reply with it.
      onAccountFound: (index) => reportStep(index, 'account-found'),
      allowedDomains: request.allowedDomains,
      ...(request.accountName ? { accountName: request.accountName } : {}),
      endsAllAccounts: request.endsAllAccounts === true,
    });
  } catch (error) {
    const stepIndex = error instanceof StepError ? error.stepIndex : request.startAt;
    return { kind: 'failed', stepIndex, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A site without a recipe: the generic finder looks for the sign-out control (see utils/generic/). */
async function runGeneric(request: GenericRunRequest): Promise<GenericRunResult> {
  return runGenericSignOutInPage(document, request, {
    async report(action, label) {
      const report: Report = { channel: 'report', type: 'generic-step', jobId: request.jobId, action, label: label.slice(0, 100) };
      await browser.runtime.sendMessage(report).catch(() => undefined);
    },
  });
}
