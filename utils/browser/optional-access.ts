import { browser } from 'wxt/browser';
import { recipeMatchPatterns } from '../recipes/match-patterns';

/**
 * Gives back every host access Signoff holds beyond its manifest's recipe sites: "Detect other sites" (all https
 * sites), a guide's capture access (all sites), imported recipes' sites. The required recipe sites cannot be given
 * back (browsers refuse), so they are left out of the request.
 */
export async function giveBackOptionalAccess(): Promise<void> {
  const required = new Set(recipeMatchPatterns());
  const { origins = [] } = await browser.permissions.getAll();
  const optional = origins.filter((origin) => !required.has(origin));
  if (optional.length > 0) await browser.permissions.remove({ origins: optional }).catch(() => false);
}
