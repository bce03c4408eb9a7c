import type { Browser, Page } from 'puppeteer-core';
import { z } from 'zod';

/**
 * Raw WebDriver BiDi commands on the connection puppeteer-core already holds, for what its API does not cover:
 * Firefox's own (chrome-scope) windows such as the notification alert, privileged calls that about:debugging makes,
 * and nodes inside closed shadow roots. Firefox allows the chrome scope only when started with
 * `-remote-allow-system-access` (launch.ts passes it).
 */

/** The part of puppeteer-core's BiDi connection used here (it is public as `browser.connection`, typed internal). */
interface BidiSender {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function connectionOf(browser: Browser): BidiSender {
  const connection: unknown = (browser as unknown as { connection?: unknown }).connection;
  if (!connection || typeof (connection as BidiSender).send !== 'function') {
    throw new Error('puppeteer-core gave no WebDriver BiDi connection: launch Firefox with protocol "webDriverBiDi"');
  }
  return connection as BidiSender;
}

export async function bidi<T>(browser: Browser, method: string, params: object, result: z.ZodType<T>): Promise<T> {
  const answer = await connectionOf(browser).send(method, params);
  return result.parse(answer.result);
}

const contextInfo = z.object({ context: z.string(), url: z.string(), get children() { return z.array(contextInfo).nullable().optional(); } });
type ContextInfo = z.infer<typeof contextInfo>;
const tree = z.object({ contexts: z.array(contextInfo) });

const remoteValue = z.object({ type: z.string(), value: z.unknown().optional(), sharedId: z.string().optional() }).loose();
export type RemoteValue = z.infer<typeof remoteValue>;
const evaluation = z.discriminatedUnion('type', [
  z.object({ type: z.literal('success'), result: remoteValue }),
  z.object({ type: z.literal('exception'), exceptionDetails: z.object({ text: z.string() }) }),
]);

function flatten(contexts: ContextInfo[]): ContextInfo[] {
  return contexts.flatMap((c) => [c, ...flatten(c.children ?? [])]);
}

/** Every top-level browsing context: tabs (`scope: 'content'`) or Firefox's own windows (`scope: 'chrome'`). */
export async function browsingContexts(browser: Browser, scope: 'content' | 'chrome'): Promise<ContextInfo[]> {
  const params = scope === 'chrome' ? { 'moz:scope': 'chrome' } : {};
  return flatten((await bidi(browser, 'browsingContext.getTree', { ...params, maxDepth: 0 }, tree)).contexts);
}

/** The BiDi browsing context id of a puppeteer page (its main frame keeps it as `browsingContext.id`). */
export function contextIdOf(page: Page): string {
  const frame: unknown = page.mainFrame();
  const id = (frame as { browsingContext?: { id?: unknown } }).browsingContext?.id;
  if (typeof id !== 'string') throw new Error('This puppeteer page has no BiDi browsing context id');
  return id;
}

/** Calls `functionDeclaration` in a browsing context with BiDi arguments; throws with the page's exception text. */
export async function callFunction(
  browser: Browser,
  context: string,
  functionDeclaration: string,
  args: object[] = [],
  serializationOptions: object = {},
): Promise<RemoteValue> {
  const answer = await bidi(
    browser,
    'script.callFunction',
    { functionDeclaration, arguments: args, target: { context }, awaitPromise: true, resultOwnership: 'none', serializationOptions },
    evaluation,
  );
  if (answer.type === 'exception') throw new Error(`script.callFunction failed: ${answer.exceptionDetails.text}`);
  return answer.result;
}

/** Runs privileged code in Firefox's main window (system principal) and returns its primitive result. */
export async function evaluateInChrome(browser: Browser, functionDeclaration: string, ...values: string[]): Promise<unknown> {
  const main = (await browsingContexts(browser, 'chrome')).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error('Firefox has no main window to run privileged code in');
  const args = values.map((value) => ({ type: 'string', value }));
  return (await callFunction(browser, main.context, functionDeclaration, args)).value;
}
