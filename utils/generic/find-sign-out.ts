import { isVisible } from '../core/find-target';
import { clickEffects, destinationOf, isFormSubmit, signsOutAllAccounts } from '../recipes/click-guard';
import { attributeCues, type AttributeCues } from './attribute-cues';
import {
  inAccountArea,
  inNavigation,
  isDisabled,
  isLanguagePicker,
  isRealLink,
  labelsOf,
  leadsToAnotherSite,
  opensMenu,
  resolveUrl,
  targetUrl,
  type Labels,
} from './control-facts';
import { clickDestroys } from './destructive-control';
import {
  ACCOUNT_LABELS,
  ACCOUNT_URL_WORDS,
  allWords,
  NOT_ACCOUNT_LABELS,
  SIGN_OUT_LABELS,
  SIGN_OUT_URL_WORDS,
} from '../core/sign-out-words';
import { fold, phraseList, urlWordList } from '../core/words-match';

/**
 * The generic sign-out finder: on a site Signoff has no recipe for, find the control a person would use to sign
 * out, by what it says (text, aria-label, title), where it points (link address, form action) and where it sits
 * (header, navigation, account menu). Pure DOM, no browser APIs: it runs in the runner and the detector content
 * scripts and in unit tests alike.
 *
 * It never returns a destructive control ("Delete account", "Usuń konto", "Konto löschen", "Cancel subscription",
 * ...), even one that also mentions signing out: those are refused before any ranking. Nor a sign-out of every
 * account ("Sign out of all accounts", logout_all): a site without a recipe has no declaration that allows it.
 */

export interface Candidate {
  element: Element;
  /** Higher is better; see `score*` below for what counts. */
  score: number;
  visible: boolean;
  /** The label as the page shows it (collapsed, at most 80 characters), for reports and logs. */
  label: string;
  /** Why it was chosen, e.g. ["exact-label", "url", "in-header", "visible"]. */
  reasons: string[];
}

export interface OpenerCandidate extends Candidate {
  /** A real link: hovering it may open a menu, clicking it leaves the page. */
  navigates: boolean;
}

export interface AccountPageCandidate extends Candidate {
  /** The link's absolute address. */
  url: string;
}

export interface SignOutScan {
  /** Sign-out controls, best first; visible and hidden (a closed menu's items are hidden). */
  signOut: Candidate[];
  /** Visible controls that probably open the account menu, best first. */
  openers: OpenerCandidate[];
  /** Links to the account page on the same site, best first. */
  accountPages: AccountPageCandidate[];
  /** Controls that matched sign-out or account words but are destructive, so never offered. */
  refused: Candidate[];
}

export interface FinderOptions {
  /** The signed-in person's name, when known: a button showing it is probably the account menu. */
  accountName?: string;
  /** The page's site ("sklep-przyklad.pl", "alice.github.io"), as the background's site identity says. */
  siteDomain?: string;
}

/** Everything a person can press; one query, one pass. */
const CANDIDATES = [
  'a[href]',
  'button',
  'input[type="submit"]',
  'input[type="button"]',
  'input[type="image"]',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[aria-haspopup]',
  '[aria-expanded]',
].join(', ');

const signOutLabels = phraseList(allWords(SIGN_OUT_LABELS));
const accountLabels = phraseList(allWords(ACCOUNT_LABELS));
const notAccountLabels = phraseList(NOT_ACCOUNT_LABELS);
const signOutUrl = urlWordList(SIGN_OUT_URL_WORDS);
const accountUrl = urlWordList(ACCOUNT_URL_WORDS);

/** A label longer than this is a sentence or a container, not a control's name: only "contains" can match. */
const MAX_LABEL_CHARS = 60;

/** Minimum scores: below them a match is too weak to act on. */
export const MIN_SIGN_OUT_SCORE = 40;
export const MIN_OPENER_SCORE = 40;
export const MIN_ACCOUNT_PAGE_SCORE = 40;

/** Scores a sign-out control; 0 when nothing about it says "sign out". */
function scoreSignOut(element: Element, labels: Labels, url: string, cues: AttributeCues, reasons: string[]): number {
  let score = 0;
  if (labels.folded.some((label) => signOutLabels.exact(label))) {
    score += 100;
    reasons.push('exact-label');
  } else if (labels.folded.some((label) => signOutLabels.contains(label))) {
    // "Not Jan? Sign out" is a sign-out link; a long sentence that mentions signing out is a weak hint.
    score += labels.folded.some((label) => label.length <= MAX_LABEL_CHARS && signOutLabels.contains(label)) ? 60 : 25;
    reasons.push('label');
  }
  if (url && signOutUrl(url)) {
    score += score > 0 ? 25 : 50;
    reasons.push(element.getAttribute('href') === null ? 'form-action' : 'url');
  }
  // Developers' names: weaker than a visible label or a plain address word (attribute-cues.ts).
  if (cues.addressSegment) {
    score += score > 0 ? 15 : 40;
    reasons.push('url-segment');
  }
  if (cues.attribute) {
    score += score > 0 ? 10 : 30;
    reasons.push('attribute');
  }
  return score;
}

/** Scores an account menu opener or account page link; 0 when nothing about it says "account". */
function scoreAccount(element: Element, labels: Labels, options: FinderOptions, reasons: string[]): number {
  let score = 0;
  if (labels.folded.some((label) => accountLabels.exact(label))) {
    score += 60;
    reasons.push('exact-label');
  } else if (labels.folded.some((label) => label.length <= MAX_LABEL_CHARS && accountLabels.contains(label))) {
    score += 35;
    reasons.push('label');
  }
  const name = options.accountName ? fold(options.accountName) : '';
  if (name && labels.folded.some((label) => label.length <= MAX_LABEL_CHARS && label.includes(name))) {
    score += 50;
    reasons.push('account-name');
  }
  if (inAccountArea(element)) {
    score += 25;
    reasons.push('account-attribute');
  }
  if (element.querySelector('img[class*="avatar" i], img[alt*="avatar" i], [class*="avatar" i]')) {
    score += 15;
    reasons.push('avatar');
  }
  if (labels.folded.some((label) => notAccountLabels.contains(label))) score -= 60;
  return score;
}

const byScore = <T extends Candidate>(list: T[]) => list.sort((a, b) => b.score - a.score);

/**
 * One pass over the page's controls. Cheap checks (labels, addresses) run for every control; style and ancestor
 * checks only for the few that matched something.
 */
export function scanForSignOut(root: ParentNode, options: FinderOptions = {}): SignOutScan {
  const scan: SignOutScan = { signOut: [], openers: [], accountPages: [], refused: [] };
  const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
  const name = options.accountName ? fold(options.accountName) : '';
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (isDisabled(element)) continue; // Pressing it does nothing now; a later look finds it once enabled.
    const labels = labelsOf(element);
    const url = targetUrl(element);
    const signOutReasons: string[] = [];
    const cues = attributeCues(element, url);
    const signOutScore = scoreSignOut(element, labels, url, cues, signOutReasons);
    const menu = opensMenu(element);
    const accountByUrl = isRealLink(element) && accountUrl(url);
    const accountLike = labels.folded.some((label) => accountLabels.contains(label)) || accountByUrl;
    const showsName = name !== '' && labels.folded.some((label) => label.includes(name));
    if (signOutScore === 0 && !menu && !accountLike && !showsName) continue;

    if (cues.otherSessions) {
      // "logoutOtherSessions": signs everyone out but this person, whatever the label says.
      scan.refused.push({ element, score: 0, visible: isVisible(element), label: labels.shown, reasons: ['other-sessions'] });
      continue;
    }

    if (signOutScore > 0 && clickEffects(element).some(signsOutAllAccounts)) {
      // "Sign out of all accounts" ends more than the one session asked for: only a recipe that declares it does that.
      scan.refused.push({ element, score: 0, visible: isVisible(element), label: labels.shown, reasons: ['all-accounts'] });
      continue;
    }

    // Judged on what the click really does: a "Log out" span inside a link to /account/delete is that link.
    if (clickDestroys(element, labels, url, cues)) {
      if (signOutScore > 0 || accountLike) {
        scan.refused.push({ element, score: 0, visible: isVisible(element), label: labels.shown, reasons: ['destructive'] });
      }
      continue;
    }

    const offSite = (to: string) => leadsToAnotherSite(to, doc, options.siteDomain);
    if (signOutScore > 0 && (offSite(url) || clickEffects(element).some((effect) => offSite(destinationOf(effect) ?? '')))) {
      // "Sign out" pointing at another site would sign the person out there (or anywhere): never offered.
      scan.refused.push({ element, score: 0, visible: isVisible(element), label: labels.shown, reasons: ['other-site'] });
      continue;
    }

    const context = inNavigation(element) ? 15 : 0;
    if (signOutScore >= MIN_SIGN_OUT_SCORE - 15) {
      const visible = isVisible(element);
      const accountMenu = inAccountArea(element) ? 10 : 0;
      const reasons = [
        ...signOutReasons,
        ...(context ? ['in-navigation'] : []),
        ...(accountMenu ? ['in-account-menu'] : []),
        ...(visible ? ['visible'] : []),
      ];
      const score = signOutScore + context + accountMenu + (visible ? 30 : 0);
      if (score >= MIN_SIGN_OUT_SCORE) scan.signOut.push({ element, score, visible, label: labels.shown, reasons });
      continue; // A sign-out control is never also an opener or an account page.
    }

    const accountReasons: string[] = [];
    const accountScore = scoreAccount(element, labels, options, accountReasons) + context;
    if (context) accountReasons.push('in-navigation');
    // A form's submit button ("Update Profile") sends the form; a language picker opens languages: neither is
    // the account menu, whatever words they share with one.
    const mayOpenAccountMenu = !isFormSubmit(element) && !isLanguagePicker(element, labels);

    if (menu && mayOpenAccountMenu) {
      const score = accountScore + 30;
      if (score >= MIN_OPENER_SCORE && (accountScore > context || context > 0) && isVisible(element)) {
        scan.openers.push({
          element,
          score,
          visible: true,
          label: labels.shown,
          reasons: ['opens-menu', ...accountReasons],
          navigates: isRealLink(element),
        });
      }
    } else if (mayOpenAccountMenu && !menu && !isRealLink(element) && accountScore >= MIN_OPENER_SCORE && accountReasons.some((r) => r !== 'in-navigation')) {
      // A button that names the account (or the person) but does not say it opens a menu: many sites forget to.
      if (isVisible(element)) {
        scan.openers.push({ element, score: accountScore, visible: true, label: labels.shown, reasons: accountReasons, navigates: false });
      }
    }

    if (isRealLink(element) && (accountByUrl || accountScore - context >= 35)) {
      const absolute = resolveUrl(url, doc);
      if (absolute && absolute.origin === doc.defaultView?.location.origin) {
        const score = accountScore + (accountByUrl ? 30 : 0);
        if (score >= MIN_ACCOUNT_PAGE_SCORE) {
          scan.accountPages.push({
            element,
            score,
            visible: isVisible(element),
            label: labels.shown,
            reasons: [...accountReasons, ...(accountByUrl ? ['url'] : [])],
            url: absolute.href,
          });
        }
      }
    }
  }
  byScore(scan.signOut);
  byScore(scan.openers);
  byScore(scan.accountPages);
  return scan;
}

/** The best visible sign-out control, or undefined. */
export function findSignOut(root: ParentNode, options: FinderOptions = {}): Candidate | undefined {
  return scanForSignOut(root, options).signOut.find((candidate) => candidate.visible);
}

/** Visible controls that probably open the account menu, best first. */
export function findAccountMenuOpeners(root: ParentNode, options: FinderOptions = {}): OpenerCandidate[] {
  return scanForSignOut(root, options).openers;
}

/** The page shows signs of a signed-in account: a sign-out control exists (even inside a closed menu). */
export function hasAccountSignals(root: ParentNode): boolean {
  return scanForSignOut(root).signOut.some((candidate) => candidate.score >= MIN_SIGN_OUT_SCORE + 30 || candidate.visible);
}
