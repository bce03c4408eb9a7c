import { resolveSiteUrl } from '../core/site-url';
import { workerMayConnect } from '../recipes/match-patterns';
import type { Recipe, SiteEntry } from '../recipes/schema';

/** What a queued job is expected to do, as far as the queue cares: open a tab, and how long it will take. */
export interface JobPlan {
  /** Its first method works in a page (steps, the generic finder, a URL the worker may not request itself). */
  startsInTab: boolean;
  /** After a verified sign-out it opens a tab to remove the account from the site's chooser. */
  forgetsInTab: boolean;
}

/** A URL sign-out of a built-in recipe site is a request from the worker: no page, no tab (sign-out-by-request.ts). */
export function planFor(recipe: Recipe, site: SiteEntry): JobPlan {
  const first = recipe.signOut[0];
  const byRequest = first?.kind === 'url' && workerMayConnect(resolveSiteUrl(site, first.path));
  return { startsInTab: !byRequest, forgetsInTab: recipe.flows.forgetRemembered !== undefined };
}

/** A job that will open a tab at any point takes its tab slot when it starts, so that its later tab never waits. */
export const needsTabSlot = (plan: JobPlan): boolean => plan.startsInTab || plan.forgetsInTab;

/**
 * The order queued jobs start in: the longest first, so that the slowest site is not the one left waiting for a slot
 * (everywhere-at-once is as fast as its slowest sign-out). A sign-out then a forget flow is two tabs' work, a sign-out
 * in a tab one, a request next to none. Equal plans keep the order they were queued in.
 */
export function startOrder<T extends { createdAt: number; plan: JobPlan }>(jobs: readonly T[]): T[] {
  const weight = ({ plan }: T) => (plan.forgetsInTab ? 2 : 0) + (plan.startsInTab ? 1 : 0);
  return [...jobs].sort((a, b) => weight(b) - weight(a) || a.createdAt - b.createdAt);
}
