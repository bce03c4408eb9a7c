import { allWords, SIGN_OUT_LABELS } from './sign-out-words';
import { fold, phraseList } from './words-match';

/**
 * "Sign out of all accounts": a control that ends every account of the site in this browser, not only the one the
 * person asked to sign out of (GitHub's /logout "Sign out from all accounts", Google's account card "Sign out of all
 * accounts", Yahoo's bar "Sign out" → logout?logout_all=1). Signoff presses one only for a sign-out method whose
 * recipe declares it (`endsAllAccounts`, with evidence), and the popup says so; the generic finder never does.
 *
 * A label says it when it names signing out (the finder's sign-out words) and "all accounts" in one of these
 * phrases; a bare "See all accounts" (an account switcher) is not a sign-out. Matched folded, on whole words.
 * Addresses that say it are in ./all-accounts-address.ts (the recipe schema checks them too).
 */
const ALL_ACCOUNTS_PHRASES: readonly string[] = [
  // en: GitHub "Sign out from all accounts", Google "Sign out of all accounts".
  'all accounts',
  'all your accounts',
  'every account',
  // pl: Google "Wyloguj się ze wszystkich kont".
  'wszystkich kont',
  'wszystkie konta',
  'każdego konta',
  // de: Google "Von allen Konten abmelden".
  'allen konten',
  'alle konten',
  // uk: "Вийти з усіх облікових записів" (written for the list, not traced to a source).
  'усіх облікових записів',
  'всіх облікових записів',
  'усіх акаунтів',
  'всіх акаунтів',
];

/** Whole labels that mean it without the word "accounts" (Yahoo's bar item is named "Sign out all"). */
const ALL_SIGN_OUT_LABELS: readonly string[] = ['sign out all', 'log out all', 'logout all', 'wyloguj wszystkich', 'wyloguj wszystko'];

const allAccounts = phraseList(ALL_ACCOUNTS_PHRASES);
const signOut = phraseList(allWords(SIGN_OUT_LABELS));
const allSignOut = phraseList(ALL_SIGN_OUT_LABELS);

/** True when the label (as shown; folded here) signs out of every account: "Sign out from all accounts". */
export function labelSignsOutAllAccounts(label: string): boolean {
  const folded = fold(label);
  return allSignOut.exact(folded) || (allAccounts.contains(folded) && signOut.contains(folded));
}
