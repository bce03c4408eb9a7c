import type { Browser, Page } from 'puppeteer-core';
import { z } from 'zod';
import { bidi, callFunction, contextIdOf } from './bidi';

const nodeWithShadow = z.object({
  sharedId: z.string(),
  value: z.object({ shadowRoot: z.object({ sharedId: z.string() }).loose().nullable().optional() }).loose(),
});

/**
 * The guide panel lives in a closed shadow root, which page scripts and puppeteer's selectors cannot enter.
 * WebDriver BiDi can: serialising the panel's host element with `includeShadowTree: "all"` hands out a reference
 * to its closed shadow root, through which parts (`data-part="…"`) are read and clicked with the mouse.
 */
export class FirefoxGuidePanel {
  constructor(
    readonly browser: Browser,
    readonly tab: Page,
  ) {}

  private get context(): string {
    return contextIdOf(this.tab);
  }

  /** The shared id of the panel's shadow root, or undefined while the page has no panel. */
  private async shadowRoot(): Promise<string | undefined> {
    const host = await callFunction(this.browser, this.context, `() => document.querySelector('signoff-guide')`, [], {
      maxDomDepth: 0,
      includeShadowTree: 'all',
    });
    if (host.type !== 'node') return undefined;
    return nodeWithShadow.parse(host).value.shadowRoot?.sharedId;
  }

  private async inPart(part: string, fn: string): Promise<unknown> {
    try {
      const root = await this.shadowRoot();
      if (!root) return undefined;
      const result = await callFunction(this.browser, this.context, `(root, part) => { const el = root.querySelector('[data-part="' + part + '"]'); return el ? (${fn})(el) : null; }`, [
        { sharedId: root },
        { type: 'string', value: part },
      ]);
      return result.value;
    } catch {
      return undefined; // The page navigated meanwhile: callers poll again.
    }
  }

  /** The visible text of a part ('' when absent). */
  async text(part = 'panel'): Promise<string> {
    const value = await this.inPart(part, '(el) => el.innerText');
    return typeof value === 'string' ? value : '';
  }

  async has(part: string): Promise<boolean> {
    return (await this.inPart(part, '() => true')) === true;
  }

  /** True while the panel draws its highlight around a control of the page. */
  async highlighting(): Promise<boolean> {
    return (await this.inPart('highlight', '(el) => !el.hidden && el.getBoundingClientRect().width > 0')) === true;
  }

  /** Clicks a part with the mouse at its centre, as a person does. */
  async click(part: string): Promise<void> {
    const root = await this.shadowRoot();
    if (!root) throw new Error('The page shows no guide panel');
    const element = await callFunction(this.browser, this.context, `(root, part) => root.querySelector('[data-part="' + part + '"]')`, [
      { sharedId: root },
      { type: 'string', value: part },
    ]);
    if (element.type !== 'node' || !element.sharedId) throw new Error(`The guide panel has no part "${part}"`);
    await bidi(
      this.browser,
      'input.performActions',
      {
        context: this.context,
        actions: [
          {
            type: 'pointer',
            id: 'guide-mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      },
      z.unknown(),
    );
  }
}
