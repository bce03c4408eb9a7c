import type { CDPSession, Page } from '@playwright/test';

/**
 * The guide panel lives in a closed shadow root, which neither page scripts nor Playwright's selectors can enter.
 * DevTools can: this driver finds the panel through the DevTools protocol (DOM.getDocument with pierce), reads its
 * parts (`data-part="…"`) and clicks them with the real mouse at their position, as a person does.
 */

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export class GuidePanelDriver {
  private cdp: CDPSession | undefined;

  constructor(readonly page: Page) {}

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /** The node id of the panel's shadow root, or undefined when the page has no panel. */
  private async shadowRoot(): Promise<number | undefined> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const stack: DomNode[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeName === 'SIGNOFF-GUIDE') return node.shadowRoots?.[0]?.nodeId;
      stack.push(...(node.children ?? []));
    }
    return undefined;
  }

  private async find(part: string): Promise<number | undefined> {
    const root = await this.shadowRoot();
    if (root === undefined) return undefined;
    const cdp = await this.session();
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root, selector: `[data-part="${part}"]` });
    return nodeId || undefined;
  }

  private async call<T>(part: string, fn: string): Promise<T | undefined> {
    try {
      const nodeId = await this.find(part);
      if (nodeId === undefined) return undefined;
      const cdp = await this.session();
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true });
      return result.value as T;
    } catch {
      return undefined; // The page navigated meanwhile: the caller polls again.
    }
  }

  /** Whether the panel is on the page at all. */
  async present(): Promise<boolean> {
    try {
      return (await this.shadowRoot()) !== undefined;
    } catch {
      return false;
    }
  }

  async has(part: string): Promise<boolean> {
    return (await this.call<boolean>(part, 'function () { return this.isConnected; }')) === true;
  }

  /** The visible text of a part ('' when absent). */
  async text(part = 'panel'): Promise<string> {
    return (await this.call<string>(part, 'function () { return this.innerText; }')) ?? '';
  }

  async attribute(part: string, name: string): Promise<string | undefined> {
    return (await this.call<string | null>(part, `function () { return this.getAttribute(${JSON.stringify(name)}); }`)) ?? undefined;
  }

  /** Clicks a part with the mouse, at its centre on screen. */
  async click(part: string): Promise<void> {
    const cdp = await this.session();
    const nodeId = await this.find(part);
    if (nodeId === undefined) throw new Error(`The guide panel has no part "${part}"`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { quads } = await cdp.send('DOM.getContentQuads', { nodeId });
    const quad = quads[0];
    if (!quad) throw new Error(`The panel part "${part}" is not on screen`);
    const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
    const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
    await this.page.mouse.click(x, y);
  }

  /** The rectangle the highlight draws on screen, or undefined when hidden. */
  async highlight(): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    return this.call(
      'highlight',
      'function () { if (this.hidden) return undefined; const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
    );
  }

  async detach(): Promise<void> {
    await this.cdp?.detach().catch(() => undefined);
    this.cdp = undefined;
  }
}
