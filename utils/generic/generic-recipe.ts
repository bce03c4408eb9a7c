import { db } from '../db';
import type { JobRow, SessionRow } from '../db-schema';
import { recipeById } from '../recipes/registry';
import { Recipe, type SiteEntry } from '../recipes/schema';
import { GENERIC_RECIPE_ID } from './generic-sessions';

/**
 * The "recipe" of a site Signoff has no recipe for, built at run time from its session row: the site is the
 * session's domain and origin, its auth cookies are the names the heuristics saw, and its one sign-out method is
 * the generic finder. It is validated like any recipe, so it can only navigate on its own site.
 */
export function genericRecipe(session: SessionRow): Recipe | undefined {
  if (session.recipeId !== GENERIC_RECIPE_ID || !session.origin || session.cookieNames.length === 0) return undefined;
  const parsed = Recipe.safeParse({
    id: GENERIC_RECIPE_ID,
    name: session.siteName,
    sites: [{ domain: session.domain, origin: session.origin, authCookies: session.cookieNames.slice(0, 20) }],
    signOut: [{ kind: 'generic', startPath: '/' }],
    provenance: {
      sources: [{ url: session.origin, note: 'No recipe: built at run time; the sign-out control is found by the generic finder.' }],
      checked: new Date(session.signedInAt).toISOString().slice(0, 10),
    },
  });
  return parsed.success ? parsed.data : undefined;
}

/** The generic recipe and its one site for a session id, if the session was detected by heuristics and still exists. */
export async function genericRecipeForSession(sessionId: string): Promise<{ recipe: Recipe; site: SiteEntry } | undefined> {
  const session = await db.sessions.get(sessionId);
  const recipe = session && genericRecipe(session);
  const site = recipe?.sites[0];
  return recipe && site ? { recipe, site } : undefined;
}

/**
 * The recipe and site a sign-out job runs: the built-in recipe of its session, or for a session detected by
 * heuristics ("generic") the generic recipe built for it now.
 */
export async function recipeForJob(
  job: Pick<JobRow, 'recipeId' | 'domain' | 'sessionId'>,
): Promise<{ recipe: Recipe; site: SiteEntry } | undefined> {
  if (job.recipeId === GENERIC_RECIPE_ID) return genericRecipeForSession(job.sessionId);
  const recipe = recipeById(job.recipeId);
  const site = recipe?.sites.find((entry) => entry.domain === job.domain);
  return recipe && site ? { recipe, site } : undefined;
}
