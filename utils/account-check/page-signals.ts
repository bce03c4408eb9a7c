import { allWords, SIGN_OUT_LABELS, SIGN_OUT_URL_WORDS } from '../core/sign-out-words';
import { fold, phraseList } from '../core/words-match';

/**
 * Account signals in a page's HTML, read as text (a service worker has no DOM, and nothing of the page is run):
 * a link or form that leads to a sign-out address, or a control's own text that is a sign-out label. Scripts,
 * styles and comments are cut out first, so words inside a script bundle do not count.
 */
const labels = phraseList(allWords(SIGN_OUT_LABELS));
const urlWords = new RegExp(`(^|[^a-z])(${SIGN_OUT_URL_WORDS.join('|')})([^a-z]|$)`);
const MAX_ELEMENTS = 5_000;

export function pageShowsSignOut(html: string): boolean {
  const text = html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ');
  let seen = 0;
  // Each link, button or form opening tag and the text right after it (up to the next tag).
  for (const match of text.matchAll(/<(a|button|form|input)\b([^>]*)>([^<]*)/gi)) {
    if (++seen > MAX_ELEMENTS) break;
    const [, , attributes = '', label = ''] = match;
    const target = /\b(?:href|action|formaction)\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (target && urlWords.test(fold(decodeEntities(target)))) return true;
    const value = /\bvalue\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1];
    for (const text of [label, value ?? '']) {
      const folded = fold(decodeEntities(text));
      if (folded && folded.length <= 40 && labels.contains(folded)) return true;
    }
  }
  return false;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ');
}
