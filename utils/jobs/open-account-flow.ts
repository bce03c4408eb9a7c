import { waitForTabComplete } from '../browser/tabs';
import { openTabInFront } from '../browser/tab-front';
import { db } from '../db';
import { recipeById } from '../recipes/registry';
import { DEFAULT_STEP_TIMEOUT_MS } from '../recipes/engine';
import { resolveSiteUrl } from '../core/site-url';
import { runStepsInTab } from './run-in-tab';
import { CommandError } from '../messaging/command-error';
import type { AccountFlowName } from '../messaging/protocol';

/**
 * Opens the site's account switcher (or its "add account" form) in a tab the person sees, and drives it up to
 * where they choose: which account to use, or which credentials to type, is theirs to decide.
 */
export async function openAccountFlow(sessionId: string, name: AccountFlowName): Promise<void> {
  const session = await db.sessions.get(sessionId);
  const recipe = session && recipeById(session.recipeId);
  const site = recipe?.sites.find((entry) => entry.domain === session?.domain);
  const flow = recipe?.flows[name];
  if (!site || !flow) throw new CommandError('reasonUnknownSession');
  const tab = await openTabInFront(resolveSiteUrl(site, flow.startPath));
  if (tab.id === undefined || !(await waitForTabComplete(tab.id, 20_000))) throw new CommandError('reasonTimeout');
  const timeoutMs = flow.steps.reduce((sum, step) => sum + (step.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS), 2_000);
  // The same guards as a sign-out: steps only on the site (or its recipe's related domains), and nothing that
  // leads off it.
  const allowedDomains = [site.domain, ...recipe.relatedDomains];
  const result = await runStepsInTab(tab.id, `${name}:${sessionId}`, flow.steps, 0, timeoutMs, allowedDomains);
  if (result.kind !== 'completed' && result.kind !== 'navigate' && result.kind !== 'unloaded') {
    throw new CommandError('reasonControlMissing');
  }
}
