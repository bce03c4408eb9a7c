import { PANEL_CSS } from '@/components/guides/GuidePanel';

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  highlight: HTMLDivElement;
  mountPoint: HTMLDivElement;
}

/**
 * The guide panel's layer over the page: a host element no page style can move or hide, a closed shadow root page
 * scripts cannot reach into (its buttons, its texts), the highlight box and the panel's mount point.
 */
export function mountOverlay(): Overlay {
  const host = document.createElement('signoff-guide');
  // Inline !important beats anything the page's style sheets say about this element.
  host.setAttribute(
    'style',
    'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; ' +
      'width: 100vw !important; height: 100vh !important; z-index: 2147483647 !important; pointer-events: none !important; ' +
      'visibility: visible !important; opacity: 1 !important; transform: none !important;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  const highlight = document.createElement('div');
  highlight.className = 'highlight';
  highlight.hidden = true;
  highlight.setAttribute('data-part', 'highlight');
  const mountPoint = document.createElement('div');
  root.append(style, highlight, mountPoint);
  // A sibling of <body>: the page's own layout and text are left as they are.
  document.documentElement.append(host);
  return { host, root, highlight, mountPoint };
}

/** Puts the highlight box around the target (hidden without one); true while the target is on the page to follow. */
export function placeHighlight(box: HTMLDivElement, target: { element: Element; final: boolean } | undefined): boolean {
  if (!target || !target.element.isConnected) {
    box.hidden = true;
    return false;
  }
  const rect = target.element.getBoundingClientRect();
  box.hidden = rect.width === 0 && rect.height === 0;
  box.className = target.final ? 'highlight final' : 'highlight';
  box.style.left = `${rect.left - 4}px`;
  box.style.top = `${rect.top - 4}px`;
  box.style.width = `${rect.width + 8}px`;
  box.style.height = `${rect.height + 8}px`;
  return true;
}

/** Calls `changed` whenever the page changes; changes inside the overlay itself are not the page changing. */
export function watchPage(overlayHost: () => Element | undefined, changed: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    if (records.every((record) => record.target === overlayHost())) return;
    changed();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  return observer;
}
