/**
 * Notices a sign-in on any page: a form with a filled password field being sent. Covers the three ways pages do
 * it: a real form submission ("submit" event), a button that signs in by script (no submit event ever fires),
 * and Enter in the password field. Only whether the password field is empty is looked at, never what it holds.
 */

const SUBMITTERS = 'button, input[type="submit"], input[type="image"], [role="button"]';
/** How far up from a pressed button a script-driven sign-in form's password field may sit. */
const MAX_CONTAINER_DEPTH = 6;
/** One sign-in makes one report, however many of the three ways fire for it. */
const QUIET_MS = 3_000;

function hasFilledPassword(scope: ParentNode): boolean {
  for (const input of scope.querySelectorAll('input[type="password"]')) {
    if ((input as HTMLInputElement).value.length > 0) return true;
  }
  return false;
}

/** The form of a pressed button, or the nearest ancestor that holds a password field (forms built without <form>). */
function signInScope(element: Element): ParentNode | undefined {
  const form = element.closest('form');
  if (form) return form;
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < MAX_CONTAINER_DEPTH; depth++, node = node.parentElement) {
    if (node.querySelector('input[type="password"]')) return node;
  }
  return undefined;
}

/** Starts watching; returns a function that stops. */
export function watchPasswordSubmissions(doc: Document, onSubmit: () => void, now: () => number = Date.now): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const fire = () => {
    const at = now();
    if (at - last < QUIET_MS) return;
    last = at;
    onSubmit();
  };
  const onSubmitEvent = (event: Event) => {
    const form = event.target;
    if (form && typeof (form as Element).querySelectorAll === 'function' && hasFilledPassword(form as Element)) fire();
  };
  const onClick = (event: Event) => {
    const target = event.target as Element | null;
    const button = typeof target?.closest === 'function' ? target.closest(SUBMITTERS) : null;
    const scope = button && signInScope(button);
    if (scope && hasFilledPassword(scope)) fire();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const input = event.target as HTMLInputElement | null;
    if (event.key === 'Enter' && input?.localName === 'input' && input.type === 'password' && input.value.length > 0) fire();
  };
  // Capture phase: the page's own handlers may stop the event or navigate before it bubbles up.
  doc.addEventListener('submit', onSubmitEvent, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    doc.removeEventListener('submit', onSubmitEvent, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
