import type { Page } from '@playwright/test';
import type { KitSiteHandle } from '../../tests/fixture-sites/kit/index';
import { signInThroughForm } from '../../tests/e2e/sites/sign-in';
import { recipeInputs } from '../../utils/recipes/sites/index';
import { type Sites } from './browser';
import { readTable } from '../../tests/e2e/extension-state';
import { until } from './stats';

/**
 * Twenty kit sites, sign-out by plain URL and sign-out through the page's menus taking turns, so that the first
 * 1, 5, 10 and 20 are each a fair mix. Left out: YouTube (its sign-out also ends Google's session) and three more
 * to make twenty.
 */
export const BENCH_SITES = [
  'linkedin', 'github', 'dropbox', 'facebook', 'paypal', 'x', 'netflix', 'reddit', 'google', 'instagram',
  'ebay', 'yahoo', 'olx', 'allegro', 'interia', 'vinted', 'microsoft', 'ceneo', 'spotify', 'wp',
] as const satisfies readonly (keyof Sites)[];
export type BenchSite = (typeof BENCH_SITES)[number];

export interface SiteUnderTest {
  key: BenchSite;
  site: KitSiteHandle;
  sessionId: string;
  /** What the recipe's first sign-out method is: a plain URL (sent as a request) or steps in a tab. */
  method: string;
  /** The site's answer time during the sign-outs, 100–300 ms (issue #3's realistic latency). */
  latencyMs: number;
}

/** Spread over 100–300 ms without being random: the same site has the same latency in every run. */
const latencyFor = (index: number) => 100 + Math.round(200 * ((index * 0.618034) % 1));

export function sitesUnderTest(sites: Sites, count = BENCH_SITES.length): SiteUnderTest[] {
  return BENCH_SITES.slice(0, count).map((key, index) => {
    const recipe = recipeInputs.find((r) => r.id === key);
    const domain = recipe?.sites[0]?.domain;
    if (!recipe || !domain) throw new Error(`no recipe for fixture site ${key}`);
    return { key, site: sites[key], sessionId: `${key}:${domain}`, method: recipe.signOut[0]?.kind ?? '?', latencyMs: latencyFor(index) };
  });
}

/** Realistic answer times while Signoff signs out; none while the benchmark signs in. */
export function setLatency(list: readonly SiteUnderTest[], on: boolean): void {
  for (const entry of list) entry.site.controls.responseDelayMs = on ? entry.latencyMs : 0;
}

/** Signs in on every site through its own form, then waits until Signoff lists every session. */
export async function signInAll(page: Page, home: Page, list: readonly SiteUnderTest[]): Promise<void> {
  setLatency(list, false);
  for (const entry of list) await signInThroughForm(page, entry.site, entry.site.users[0]!);
  await page.goto('about:blank'); // No page of a site stays open while it is signed out.
  const wanted = list.map((entry) => entry.sessionId);
  await until(async () => {
    const ids = new Set((await readTable<{ id: string }>(home, 'sessions')).map((row) => row.id));
    return wanted.every((id) => ids.has(id)) ? true : undefined;
  }, `sessions ${wanted.join(', ')}`, 30_000);
}
