import { clickEffects, destinationOf } from '../recipes/click-guard';
import { allWords, DESTRUCTIVE_LABELS, SIGN_OUT_LABELS } from '../core/sign-out-words';
import { phraseList } from '../core/words-match';
import { attributeCues, type AttributeCues } from './attribute-cues';
import { labelsOf, type Labels } from './control-facts';
import { destructiveAddress, worstVeto } from './destructive-address';

// The generic finder's veto (utils/generic/find-sign-out.ts): a control that would destroy something is never a
// candidate, whatever else it says.
const destructiveLabels = phraseList(allWords(DESTRUCTIVE_LABELS));
const signOutLabels = phraseList(allWords(SIGN_OUT_LABELS));

/**
 * A destructive label always refuses the control. A destructive word in its address or its id/classes refuses it
 * too, except that a word which may as well destroy the session ("/destroy.php", "/session/delete") does not
 * overrule a label that is exactly a sign-out label: "Logout" → /destroy.php is the page's sign-out.
 */
export function isDestructive(labels: Labels, url: string, cues: AttributeCues): boolean {
  if (labels.folded.some((label) => destructiveLabels.contains(label))) return true;
  const veto = worstVeto(destructiveAddress(url), destructiveAddress(cues.names));
  if (veto === 'account') return true;
  return veto === 'ambiguous' && !labels.folded.some((label) => signOutLabels.exact(label));
}

/**
 * Whether pressing the element would destroy something: the element itself, or what the click really activates (the
 * link around it, a label's control, the form a submit sends), each judged by its own labels and address.
 */
export function clickDestroys(element: Element, labels: Labels, url: string, cues: AttributeCues): boolean {
  return clickEffects(element).some((effect) => {
    const to = destinationOf(effect) ?? '';
    // The element's own address as the finder reads it, and where it really leads (a form="…" elsewhere).
    if (effect === element) return isDestructive(labels, url, cues) || (to !== url && isDestructive(labels, to, cues));
    return isDestructive(labelsOf(effect), to, attributeCues(effect, to));
  });
}
