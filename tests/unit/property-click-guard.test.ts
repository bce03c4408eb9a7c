import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { judgeClick, type ClickRules } from '@/utils/recipes/click-guard';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

/**
 * Property test of the click guard (issue #11 §3) on generated nestings of links, buttons, labels, forms and
 * role=button spans. The oracle is what the page itself sees when the element is clicked: every element a click
 * event reaches (a label passes its click to its control), the nearest link around each (a click inside a link
 * follows it), and every form submitted. Whatever the nesting: when the guard says yes, none of that leads off the
 * site, and (outside a guide) none of it leads to a destructive address; when nothing on the page does, it says yes.
 */

const SITE = 'https://www.shop.example/';
const ADDRESSES = ['/logout', '/konto', '/account/delete', '/ap/close-account', '/unsubscribe', 'https://www.shop.example/wyloguj', 'https://other.example/logout', 'https://shop.example.evil.example/', '#'];
const LABELS = ['Wyloguj się', 'Log out', 'Konto', 'OK'];
const DESTRUCTIVE_ADDRESS = /delete|close-account|unsubscribe/;
const offSite = (url: URL) => (url.protocol === 'https:' || url.protocol === 'http:') && !(url.hostname === 'shop.example' || url.hostname.endsWith('.shop.example'));

type Node = { kind: 'a' | 'button' | 'submit' | 'label' | 'span' | 'form'; address: string; label: string; children: Node[] };
/** A node whose children are nodes one level down: three levels at most, a few elements per page. */
const nodeAt = (children: fc.Arbitrary<Node[]>): fc.Arbitrary<Node> =>
  fc.record({
    kind: fc.constantFrom('a', 'button', 'submit', 'label', 'span', 'form'),
    address: fc.constantFrom(...ADDRESSES),
    label: fc.constantFrom(...LABELS),
    children,
  });
const leaf = nodeAt(fc.constant([]));
const middle = nodeAt(fc.array(leaf, { maxLength: 2 }));
const node = nodeAt(fc.array(middle, { maxLength: 2 }));

let ids = 0;
function html(n: Node): string {
  const id = `n${ids++}`;
  const inner = `${n.label}${n.children.map(html).join('')}`;
  switch (n.kind) {
    case 'a':
      return `<a id="${id}" href="${n.address}">${inner}</a>`;
    case 'button':
      return `<button id="${id}" type="button">${inner}</button>`;
    case 'submit':
      return `<button id="${id}" type="submit">${inner}</button>`;
    case 'label':
      // Half the labels point at another control by id, as <label for> does.
      return `<label id="${id}"${ids % 2 ? ` for="n${ids % 7}"` : ''}>${inner}</label>`;
    case 'span':
      return `<span id="${id}" role="button">${inner}</span>`;
    case 'form':
      return `<form id="${id}" action="${n.address}" method="post">${inner}</form>`;
  }
}

/** One window for every case: building one costs far more than a page. */
const window = new Window({ url: SITE });
const doc = window.document as unknown as Document;
const reached: Element[] = [];
const submitted: { form: Element; submitter: Element | null }[] = [];
doc.addEventListener('click', (event) => {
  reached.push(event.target as Element);
  event.preventDefault();
}, true);
doc.addEventListener('submit', (event) => {
  submitted.push({ form: event.target as Element, submitter: (event as SubmitEvent).submitter as Element | null });
  event.preventDefault();
}, true);

/** Every address the click was seen to go to: the links around what it reached, the forms it sent. */
function observedDestinations(): URL[] {
  const urls: string[] = [];
  for (const element of reached) {
    const link = element.closest('a[href]');
    if (link) urls.push(link.getAttribute('href')!);
  }
  for (const { form, submitter } of submitted) urls.push(submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '');
  return urls.flatMap((url) => (URL.canParse(url, SITE) ? [new URL(url, SITE)] : []));
}

describe('click guard: property test on generated nestings', () => {
  it('allows a click only when nothing it reaches leads off the site or (outside a guide) to a destructive address', () => {
    const seen = { allowed: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), (nodes, pick, cancellation) => {
        ids = 0;
        doc.body.innerHTML = nodes.map(html).join('');
        const all = Array.from(doc.body.querySelectorAll('*'));
        const element = all[pick % all.length]!;
        const rules: ClickRules = { allowedDomains: ['shop.example'], namedLabels: new Set(LABELS.map((l) => l.toLowerCase())), cancellation };
        const verdict = judgeClick(element, rules);
        reached.length = 0;
        submitted.length = 0;
        (element as HTMLElement).click();
        const destinations = observedDestinations();
        const bad = destinations.some((url) => offSite(url) || (!cancellation && DESTRUCTIVE_ADDRESS.test(url.pathname)));
        seen[verdict.ok ? 'allowed' : 'refused']++;
        if (verdict.ok) expect(bad, `${doc.body.innerHTML} → ${destinations.join(' ')}`).toBe(false);
        // Nothing anywhere on the page leads off the site or to a destructive address: no reason to refuse.
        const anyBad = all.some((el) => {
          const address = el.getAttribute('href') ?? (el.localName === 'form' ? el.getAttribute('action') : null);
          return address !== null && URL.canParse(address, SITE) && (offSite(new URL(address, SITE)) || (!cancellation && DESTRUCTIVE_ADDRESS.test(new URL(address, SITE).pathname)));
        });
        if (!anyBad) expect(verdict.ok, doc.body.innerHTML).toBe(true);
      }),
      propertyRuns(PROPERTY_BUDGET.clickGuard),
    );
    expect(seen.allowed).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 120_000);
});
