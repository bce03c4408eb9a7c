import { clearSiteData } from '../browser/site-data';
import { db } from '../db';
import { signOutByRequest } from '../jobs/sign-out-by-request';
import { loadSettings } from '../policy';
import { recipeById } from '../recipes/registry';
import { genericRecipe } from '../generic/generic-recipe';
import { resolveSiteUrl } from '../recipes/site-url';
import { askSite } from '../account-check/ask-site';

/** The browser is closing: the site's answer is waited for only briefly. */
const CLOSE_CHECK_TIMEOUT_MS = 2_000;

/**
 * The last browser window closed. No browser lets an extension delay closing, so this is best effort and
 * recorded as such: sites that sign out on a plain URL are asked to, by a request, then every remaining session's
 * cookies and storage are cleared. Whatever the browser lets finish before it exits is done.
 */
export async function sweepOnLastWindowClosed(): Promise<void> {
  const settings = await loadSettings();
  if (settings.mode !== 'shared' || settings.closeSweep === 'off') return;
  const sessions = await db.sessions.toArray();
  await Promise.all(
    sessions.map(async (session) => {
      // Sites without a recipe ("detect other sites") are swept too, through the recipe built for their session.
      const recipe = recipeById(session.recipeId) ?? genericRecipe(session);
      const site = recipe?.sites.find((entry) => entry.domain === session.domain);
      if (!recipe || !site) return;
      const started = Date.now();
      const urlMethod = recipe.signOut.find((method) => method.kind === 'url');
      const requested =
        settings.closeSweep === 'sign-out-then-clear' && urlMethod?.kind === 'url'
          ? await signOutByRequest(resolveSiteUrl(site, urlMethod.path), site, 1_500)
          : false;
      // "Verified" means here what it means everywhere: the cookies went and the site answers signed out.
      const signedOut = requested && (await askSite(recipe, site, { fresh: true, timeoutMs: CLOSE_CHECK_TIMEOUT_MS })).state === 'signed-out';
      const cleared = await clearSiteData(site).then(() => true, () => false);
      await db.audit.add({
        at: Date.now(),
        action: 'sign-out',
        trigger: 'close',
        recipeId: recipe.id,
        domain: site.domain,
        accountName: session.accountName,
        outcome: signedOut ? 'verified' : cleared ? 'cleared' : 'failed',
        reason: 'reasonBestEffortClose',
        durationMs: Date.now() - started,
        ...(signedOut ? { method: 'url-request' } : {}),
      });
    }),
  );
}
