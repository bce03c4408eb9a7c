import { clearSiteData } from '../browser/site-data';
import { db } from '../db';
import { signOutByRequest } from '../jobs/sign-out-by-request';
import { loadSettings } from '../policy';
import { recipeById } from '../recipes/registry';
import { genericRecipe } from '../generic/generic-recipe';
import { GENERIC_RECIPE_ID } from '../generic/generic-sessions';
import { resolveSiteUrl } from '../core/site-url';
import { isKept } from '../keep-list';
import { hasSiteAccess } from '../browser/site-access';
import { pruneAudit } from '../retention';
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
  // The keep list is what Signoff never touches (docs/administrators.md): the sweep leaves those sites alone too.
  const sessions = (await db.sessions.toArray()).filter((session) => !isKept(session.domain, settings.keepList));
  await Promise.all(
    sessions.map(async (session) => {
      // Sites without a recipe ("detect other sites") are swept too, through the recipe built for their session.
      const recipe = recipeById(session.recipeId) ?? genericRecipe(session);
      const site = recipe?.sites.find((entry) => entry.domain === session.domain);
      if (!recipe || !site) return;
      const started = Date.now();
      // Without access nothing can be done or checked: record that, not a removal nobody saw.
      if (!(await hasSiteAccess(site.domain))) {
        const failed = { outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } } as const;
        await db.audit.add({ at: Date.now(), action: 'sign-out', trigger: 'close', recipeId: recipe.id, domain: site.domain, ...failed, durationMs: 0 });
        return;
      }
      const urlMethod = recipe.signOut.find((method) => method.kind === 'url');
      const requested =
        settings.closeSweep === 'sign-out-then-clear' && urlMethod?.kind === 'url'
          ? await signOutByRequest(resolveSiteUrl(site, urlMethod.path), site, 1_500)
          : false;
      const scope = session.recipeId === GENERIC_RECIPE_ID ? 'seen-hosts' : 'site';
      // "Verified" means here what it means everywhere: the cookies went and the site answers signed out.
      const signedOut = requested && (await askSite(recipe, site, { fresh: true, timeoutMs: CLOSE_CHECK_TIMEOUT_MS })).state === 'signed-out';
      const cleared = await clearSiteData(site, scope).then(() => true, () => false);
      await db.audit.add({
        at: Date.now(),
        action: 'sign-out',
        trigger: 'close',
        recipeId: recipe.id,
        domain: site.domain,
        // Shared mode (the only mode that sweeps) keeps no account names once a sign-out is done.
        outcome: signedOut ? 'verified' : cleared ? 'cleared' : 'failed',
        reason: { key: 'reasonBestEffortClose' },
        durationMs: Date.now() - started,
        ...(signedOut ? { method: 'url-request' } : {}),
      });
    }),
  );
  await pruneAudit();
}
