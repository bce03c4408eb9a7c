import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { KitSiteHandle, KitUser } from '../../fixture-sites/kit/index';
import { projectRoot } from '../../fixture-sites/paths';
import { recipeInputs } from '../../../utils/recipes/sites/index';
import { answerAloneDecides, mayBeAuthCookie } from '../../../utils/recipes/schema';
import { expect, test, type SiteFixtures, type UiLanguage } from '../harness';
import { signInThroughForm } from './sign-in';

/** The fixture sites built with the kit (every key of `fixtures` whose site has a sign-in form descriptor). */
export type KitSiteName = {
  [K in keyof SiteFixtures]: SiteFixtures[K] extends KitSiteHandle ? K : never;
}[keyof SiteFixtures];

export interface SiteSignOutSpec<S extends KitSiteName = KitSiteName> {
  /** The fixture site (`fixtures.<site>`); also the recipe id unless `recipeId` says otherwise. */
  site: S;
  recipeId?: string;
  /** The recipe's site entry (session row `<recipeId>:<domain>`). */
  domain: string;
  /** Defaults to the site's first user. */
  user?: KitUser;
  /** The account name the popup row should show (when the recipe detects one). */
  accountName?: string;
  /** Browser/popup languages to run the main test in (the fixture follows the browser where the real site does). */
  languages?: UiLanguage[];
  /** More checks after the verified sign-out (e.g. Google's account chooser). */
  afterSignOut?: (args: { page: Page; popup: Page; context: BrowserContext; site: SiteFixtures[S] }) => Promise<void>;
}

const popupMessages = (lang: UiLanguage): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(projectRoot, 'public', '_locales', lang === 'de' ? 'en' : lang, 'messages.json'), 'utf8'));

/** The popup's label of a session's sign-out button, from the extension's own locale file. */
export function signOutButtonName(lang: UiLanguage, name: string, domain: string): string {
  const template = popupMessages(lang).signOutOf?.message ?? 'Sign out of $SITE$';
  return template.replace('$SITE$', `${name} (${domain})`);
}

export const sessionRow = (popup: Page, recipeId: string, domain: string) =>
  popup.locator(`[data-testid="session-row"][data-session-id="${recipeId}:${domain}"]`);
export const resultRow = (popup: Page, domain: string) =>
  popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

function recipeFor(id: string) {
  const recipe = recipeInputs.find((r) => r.id === id);
  if (!recipe) throw new Error(`no recipe "${id}" in utils/recipes/sites/index.ts`);
  return recipe;
}

/** The recipe's auth cookies the browser still holds for `domain` (names only; any cookie where it names none). */
export async function authCookiesLeft(context: BrowserContext, recipeId: string, domain: string): Promise<string[]> {
  const entry = recipeFor(recipeId).sites.find((s) => s.domain === domain);
  if (!entry) throw new Error(`recipe ${recipeId} has no site ${domain}`);
  const all = await context.cookies();
  return all
    .filter((c) => c.domain.replace(/^\./, '') === domain || c.domain.endsWith(`.${domain}`))
    .filter((c) => mayBeAuthCookie(entry, c.name))
    .map((c) => c.name)
    .sort();
}

/**
 * The standard end-to-end check of one site, in each language asked for: sign in through the fixture's form,
 * the popup lists the session, "Sign out" ends with data-outcome="verified", the server no longer knows the
 * session (not merely a deleted cookie) and the browser holds none of the recipe's auth cookies. A site the recipe
 * declares not modelled ends "cleared" instead (the labelled fallback, after the bank's own sign-out was pressed):
 * nothing could verify it, and its row names no one.
 */
export function describeSiteSignOut<S extends KitSiteName>(spec: SiteSignOutSpec<S>): void {
  const recipeId = spec.recipeId ?? spec.site;
  const recipe = recipeFor(recipeId);
  for (const lang of spec.languages ?? ['en']) {
    test.describe(`${recipe.name} (${lang})`, () => {
      test.use({ uiLanguage: lang });

      const notModelledTitle = `signing in shows a row that names no one; "Sign out" presses the bank's own and ends as the labelled fallback`;
      const title = recipe.sites.some((s) => s.notModelled) ? notModelledTitle : `signing in shows the session; "Sign out" is verified and the server session is revoked`;
      test(title, async ({
        page,
        context,
        openPopup,
        fixtures,
      }) => {
        const site = fixtures[spec.site] as SiteFixtures[S] & KitSiteHandle;
        const user = spec.user ?? site.users[0]!;
        await signInThroughForm(page, site, user);
        expect(site.activeSessions()).toMatchObject([{ email: user.email }]);
        expect(await authCookiesLeft(context, recipeId, spec.domain)).not.toEqual([]);

        const popup = await openPopup();
        const row = sessionRow(popup, recipeId, spec.domain);
        // Where guests hold look-alike cookies (Vinted, Librus) the row comes with the site's answer, which may wait
        // for the next allowed check (at most every 5 s per site): wait for the answer, not a fixed time.
        await expect(row).toContainText(`${recipe.name} (${spec.domain})`, { timeout: 20_000 });
        if (spec.accountName) await expect(row).toContainText(spec.accountName);
        // A site whose session cookies no source names: the row says the site's answer is all Signoff goes by.
        const cookiesUnknown = recipe.sites.find((s) => s.domain === spec.domain)?.sessionCookiesUnknown === true;
        const notModelled = recipe.sites.find((s) => s.domain === spec.domain)?.notModelled !== undefined;
        if (notModelled) {
          await expect(row.getByTestId('not-modelled')).toHaveText(popupMessages(lang).siteNotModelled!.message);
          await expect(row).not.toContainText(user.name);
        }
        if (cookiesUnknown) await expect(row.getByTestId('session-cookies-unknown')).toHaveText(popupMessages(lang).sessionCookiesUnknown!.message);
        // A recipe whose sign-out ends every account of the site in the browser: the row says it, then the result.
        const allAccountsOf = recipe.signOut.flatMap((m) => (m.kind !== 'generic' && m.endsAllAccounts ? [m.endsAllAccounts.of] : []))[0];
        const allAccountsText = (key: string) => popupMessages(lang)[key]!.message.replace('$OF$', allAccountsOf ?? '');
        if (allAccountsOf) await expect(row.getByTestId('ends-all-accounts')).toHaveText(allAccountsText('signOutEndsAllAccounts'));

        await popup.getByRole('button', { name: signOutButtonName(lang, recipe.name, spec.domain), exact: true }).click();
        const result = resultRow(popup, spec.domain);
        await expect(result).toHaveAttribute('data-outcome', notModelled ? 'cleared' : 'verified', { timeout: 45_000 });
        if (notModelled) await expect(result).toContainText(popupMessages(lang).outcomeCleared!.message);
        if (allAccountsOf) await expect(result.getByTestId('ended-all-accounts')).toHaveText(allAccountsText('resultEndedAllAccounts'));
        expect(site.activeSessions()).toEqual([]);
        // Where guests get cookies under the login's names (Vinted), or no name is known (a bank), the site's answer
        // alone tells a sign-out.
        const entry = recipe.sites.find((s) => s.domain === spec.domain);
        if (!entry || !answerAloneDecides(entry)) expect(await authCookiesLeft(context, recipeId, spec.domain)).toEqual([]);
        await expect(row).toHaveCount(0);
        await spec.afterSignOut?.({ page, popup, context, site });
      });
    });
  }
}

export { expect, signInThroughForm, test };
