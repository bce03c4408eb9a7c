import { urlWordList } from './words-match';

/**
 * Address parts of a sign-out of every account of the site in this browser (Yahoo's
 * login.yahoo.com/account/logout?logout_all=1), matched between non-letters. Apart from ./all-accounts.ts (labels)
 * because the recipe schema checks recipe addresses with it and may not import the finder's words.
 */
const ALL_ACCOUNTS_URL_WORDS: readonly string[] = [
  'logout_all',
  'logout-all',
  'logoutall',
  'log_out_all',
  'log-out-all',
  'signout_all',
  'signout-all',
  'signoutall',
  'sign_out_all',
  'sign-out-all',
];

const allAccountsUrl = urlWordList(ALL_ACCOUNTS_URL_WORDS);

/** True when the address (a link's href, a form's action, a recipe's URL) signs out of every account. */
export function addressSignsOutAllAccounts(address: string): boolean {
  return address !== '' && allAccountsUrl(address);
}
