import { normalizeText } from '@/utils/core/find-target';

// What the guide panel does to the page when the person asks it to (entrypoints/guide.content/panel.tsx), and how it
// names a control. Every press has passed the click guard before it gets here.

/** The control's own words, as the page shows them (the site may be in another language than the panel). */
export function controlLabel(element: Element): string | undefined {
  if (element instanceof HTMLSelectElement) {
    return (element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim() || undefined;
  }
  const text = (element.getAttribute('aria-label') ?? (element instanceof HTMLInputElement ? element.value : '') ?? '') || element.textContent || '';
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean && element instanceof HTMLInputElement && element.labels?.[0]) return element.labels[0].textContent?.replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, 120) : undefined;
}

export function press(element: Element): void {
  if (element instanceof HTMLElement) element.click();
  else element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

export function hover(element: Element): void {
  const init = { bubbles: true, cancelable: true, view: window };
  element.dispatchEvent(new PointerEvent('pointerover', init));
  element.dispatchEvent(new MouseEvent('mouseover', init));
  element.dispatchEvent(new MouseEvent('mouseenter', { ...init, bubbles: false }));
}

/** Chooses the option whose text is one of `texts`, as a person picking it from the list would. */
export function choose(element: Element, texts: string[]): void {
  if (!(element instanceof HTMLSelectElement)) return;
  const wanted = texts.map(normalizeText);
  const option = Array.from(element.options).find((candidate) => wanted.includes(normalizeText(candidate.text)));
  if (!option) return;
  element.value = option.value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
