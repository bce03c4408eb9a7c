import { ACCOUNT_ENDING_URL_WORDS, DESTROY_URL_WORDS, DESTROYED_THING_URL_WORDS, FINDER_DESTROY_URL_WORDS } from '../core/sign-out-words';
import { urlWordList } from '../core/words-match';

/**
 * How strongly an address (a link, a form's action, or the words of a control's id and classes) says "this
 * destroys something":
 * - "account": it ends an account, a subscription or data ("/account/delete", "/unsubscribe",
 *   "DeleteAccount"): the control is refused whatever its label says;
 * - "ambiguous": it destroys something the address does not name, as often the session as anything else
 *   ("/destroy.php", "/session/destroy"): it refuses a control unless the label is exactly a sign-out label;
 * - "none".
 * A destructive *label* is judged elsewhere and always refuses.
 */
export type AddressVeto = 'none' | 'ambiguous' | 'account';

const endsAccount = urlWordList(ACCOUNT_ENDING_URL_WORDS);
const destroys = urlWordList([...DESTROY_URL_WORDS, ...FINDER_DESTROY_URL_WORDS]);
const namesThing = urlWordList(DESTROYED_THING_URL_WORDS);

/** "lnkDeleteAccount" → "lnk-Delete-Account", "logOutAll" → "log-Out-All": camel case as separate words. */
export function splitCamelCase(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1-$2');
}

/** Judges the text as written and with its camel-case words apart ("DestroyAccount" is "destroy account"). */
export function destructiveAddress(text: string): AddressVeto {
  if (text === '') return 'none';
  let veto: AddressVeto = 'none';
  for (const form of new Set([text, splitCamelCase(text)])) {
    if (endsAccount(form)) return 'account';
    if (destroys(form)) {
      if (namesThing(form)) return 'account';
      veto = 'ambiguous';
    }
  }
  return veto;
}

/** The worse of two verdicts. */
export function worstVeto(a: AddressVeto, b: AddressVeto): AddressVeto {
  if (a === 'account' || b === 'account') return 'account';
  return a === 'ambiguous' || b === 'ambiguous' ? 'ambiguous' : 'none';
}
