import type { SessionRow } from '../db-schema';
import { guideDomains } from '../guides/guide-domains';
import type { AccountFlowName } from '../messaging/protocol';
import type { Recipe, SiteEntry } from '../recipes/schema';

const FLOWS: readonly AccountFlowName[] = ['switchAccount', 'addAccount'];

/**
 * What the popup offers on a session's row: the recipe's account flows, and the guides that run on the site (by the
 * rules of findGuide, so the popup never offers one the background would refuse), and the services sharing the
 * sign-in. Any recipe alike. And what its "Sign out" does beyond the row: whose every account it may sign out (any
 * method that declares it; written even when undefined, so a recipe that stops declaring it clears the note).
 */
export function rowOffers(
  recipe: Recipe,
  site: SiteEntry,
): Required<Pick<SessionRow, 'accountFlows' | 'guides' | 'sharedSignIn'>> & Pick<SessionRow, 'endsAllAccountsOf' | 'sessionCookiesUnknown' | 'notModelled'> {
  return {
    endsAllAccountsOf: endsAllAccountsOf(recipe),
    // Written even when undefined, like endsAllAccountsOf: a recipe that learns its cookie names clears the note.
    sessionCookiesUnknown: site.sessionCookiesUnknown,
    notModelled: site.notModelled ? true : undefined,
    accountFlows: FLOWS.filter((flow) => recipe.flows[flow]),
    guides: recipe.guides
      .filter((guide) => guideDomains(recipe, guide).includes(site.domain))
      .map((guide) => ({ id: guide.id, menuLabel: { en: guide.menuLabel.en, pl: guide.menuLabel.pl }, kind: guide.kind })),
    // Not an offer but a warning: what signing out of this row also does (recipes written before it have none).
    sharedSignIn: (recipe.sharedSignIn ?? []).map(({ name, host }) => ({ name, host })),
  };
}

/** Whose accounts the recipe's sign-out ends, all of them in this browser: the first method that declares it. */
export function endsAllAccountsOf(recipe: Recipe): string | undefined {
  for (const method of recipe.signOut) if (method.kind !== 'generic' && method.endsAllAccounts) return method.endsAllAccounts.of;
  return undefined;
}
