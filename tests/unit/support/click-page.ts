import { Window } from 'happy-dom';

/**
 * A page at a real address that records the id of every element a click reaches and keeps clicks and submits from
 * navigating: what the click-guard tests press, and what was pressed.
 */
export function clickRecordingPage(body: string, url: string): { doc: Document; clicked: string[] } {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const clicked: string[] = [];
  doc.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      clicked.push((event.target as Element).id);
    },
    true,
  );
  doc.addEventListener('submit', (event) => event.preventDefault(), true);
  return { doc, clicked };
}
