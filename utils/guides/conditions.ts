import { findTarget, normalizeText } from '../core/find-target';
import type { Condition } from './schema';

/** What a condition looks at: the document and its address. Pure DOM, no browser APIs. */
export interface PageView {
  doc: Document;
  /** The page's full address (location.href). */
  url: string;
}

const MAX_DEPTH = 8;

/** Memoises the page text for one evaluation: several text conditions read it. */
export class PageReader {
  private readonly texts = new Map<string, string>();
  constructor(readonly page: PageView) {}

  /** Path, query and fragment, lower case: conditions match on these, never on the host. */
  get address(): string {
    try {
      const url = new URL(this.page.url);
      return `${url.pathname}${url.search}${url.hash}`.toLowerCase();
    } catch {
      return '';
    }
  }

  /** The visible text of the page (or of the first element `within` selects), normalised. */
  text(within?: string): string {
    const key = within ?? '';
    let text = this.texts.get(key);
    if (text === undefined) {
      text = normalizeText(visibleText(this.page.doc, within));
      this.texts.set(key, text);
    }
    return text;
  }
}

function visibleText(doc: Document, within: string | undefined): string {
  let scope: Element | null = doc.body;
  if (within) {
    try {
      scope = doc.querySelector(within);
    } catch {
      scope = null;
    }
  }
  if (!scope) return '';
  // innerText follows CSS (hidden dialogs do not count); environments without layout fall back to textContent.
  const inner = (scope as HTMLElement).innerText;
  return typeof inner === 'string' && inner.length > 0 ? inner : (scope.textContent ?? '');
}

/** Whether the page shows what the condition describes. */
export function holds(condition: Condition, reader: PageReader, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if ('url' in condition) {
    const address = reader.address;
    return condition.url.some((part) => address.includes(part.toLowerCase()));
  }
  if ('present' in condition) return findTarget(reader.page.doc, condition.present) !== null;
  if ('absent' in condition) return findTarget(reader.page.doc, condition.absent) === null;
  if ('text' in condition) {
    const text = reader.text(condition.within);
    return Object.values(condition.text)
      .flat()
      .some((wanted) => wanted !== undefined && text.includes(normalizeText(wanted)));
  }
  if ('checked' in condition) return isSet(findTarget(reader.page.doc, condition.checked));
  if ('allOf' in condition) return condition.allOf.every((c) => holds(c, reader, depth + 1));
  if ('anyOf' in condition) return condition.anyOf.some((c) => holds(c, reader, depth + 1));
  if ('not' in condition) return !holds(condition.not, reader, depth + 1);
  return false;
}

/** A tick box or radio ticked, or a list set to a choice other than its first; a label stands for its control. */
function isSet(found: Element | null): boolean {
  // By tag name, not instanceof: the page's elements and the content script's constructors may be other realms'.
  const control = found?.tagName === 'LABEL' ? (found as HTMLLabelElement).control : found;
  if (control?.tagName === 'INPUT') {
    const input = control as HTMLInputElement;
    return (input.type === 'checkbox' || input.type === 'radio') && input.checked;
  }
  if (control?.tagName === 'SELECT') return (control as HTMLSelectElement).selectedIndex > 0;
  return false;
}
