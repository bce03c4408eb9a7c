import { splitCamelCase } from './destructive-address';
import { SIGN_OUT_URL_WORDS } from '../core/sign-out-words';
import { urlWordList } from '../core/words-match';

/**
 * Where a page hides its sign-out when the visible label is in a language the finder does not know, or is only
 * an icon: the control's id, class, name and data-* attributes (`id="header-logout-link"`, `data-action="logout"`)
 * and camel-case words of its address (`javascript:__doPostBack('ctl00$lnkLogout','')`). These are developers'
 * names, not what the person reads, so they count less than a visible label (see scoreSignOut).
 */

const signOutWord = urlWordList(SIGN_OUT_URL_WORDS);
/** "login-logout-toggle", "signInOrOut": a control that also names signing in is a toggle, not a sign-out. */
const signInWord = urlWordList(['login', 'log-in', 'signin', 'sign-in', 'sign_in', 'log_in', 'register', 'anmelden', 'zaloguj']);
/** "logoutOtherSessions", "sign-out-other-devices": signs out everyone but this person (never a candidate). */
const otherSessionsWord = urlWordList(['other', 'others', 'everywhere-else', 'all-other', 'remote']);
/** An attribute value longer than this is data (JSON, a tracking blob), not a name. */
const MAX_ATTRIBUTE_CHARS = 120;

/** The element's developer-facing names: id, class, name, and the names and values of its data-* attributes. */
export function attributeNames(element: Element): string {
  const parts: string[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value.slice(0, MAX_ATTRIBUTE_CHARS);
    if (name === 'id' || name === 'class' || name === 'name') parts.push(value);
    else if (name.startsWith('data-')) parts.push(name.slice(5), value);
  }
  return parts.length ? splitCamelCase(parts.join(' ')) : '';
}

const NO_CUES: AttributeCues = { names: '', attribute: false, addressSegment: false, otherSessions: false };
const UPPER_CASE = /\p{Lu}/u;

export interface AttributeCues {
  /** The names themselves (for the destructive check: "btnDeleteAccount"). */
  names: string;
  /** The id, class, name or a data-* attribute names signing out ("header-logout-link", "btnSignOut"). */
  attribute: boolean;
  /** Only a camel-case word of the address names it ("lnkLogout"), which plain address matching does not see. */
  addressSegment: boolean;
  /** The names say the control signs out *other* sessions. */
  otherSessions: boolean;
}

function cue(text: string): { signOut: boolean; other: boolean } {
  const signOut = text !== '' && signOutWord(text) && !signInWord(text);
  return { signOut, other: signOut && otherSessionsWord(text) };
}

/** Weak sign-out cues of a control; `url` is where it leads (its link or its form's action). */
export function attributeCues(element: Element, url: string): AttributeCues {
  const names = attributeNames(element);
  const camelUrl = UPPER_CASE.test(url);
  if (names === '' && !camelUrl) return NO_CUES; // Most controls: nothing to read, nothing to compile.
  const attribute = cue(names);
  const split = camelUrl ? splitCamelCase(url) : url;
  const address = split !== url && !signOutWord(url) ? cue(split) : { signOut: false, other: false };
  return {
    names,
    attribute: attribute.signOut && !attribute.other,
    addressSegment: address.signOut && !address.other,
    otherSessions: attribute.other || address.other,
  };
}
