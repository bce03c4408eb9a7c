/** Only the start of an answer is read: account pages carry their markers early, and a huge answer is no reason to wait. */
export const MAX_BODY_CHARS = 512 * 1024;

export type PageRequestReply = { origin: string; redirected: boolean; status: number; body: string } | { failed: string };

/**
 * The account check's GET, made by a document of the site (injected with scripting.executeScript, so it is
 * serialised: it must use nothing from outside its own body). It refuses to ask when its document is not on the
 * address's origin (the tab moved on since the background looked); a same-origin request carries the site's cookies
 * as the site's own pages' requests do. No redirect is followed (a redirect is itself the answer), nothing from the
 * answer is rendered or run, and only the first `maxChars` characters of a 2xx answer are read.
 */
export async function requestFromPage(url: string, timeoutMs: number, maxChars = 512 * 1024): Promise<PageRequestReply> {
  if (location.origin !== new URL(url).origin) return { failed: 'another origin' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'include', redirect: 'manual', cache: 'no-store', signal: controller.signal });
    const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
    const ok = !redirected && response.status >= 200 && response.status < 300;
    let body = '';
    const reader = ok ? response.body?.getReader() : undefined;
    if (reader) {
      const decoder = new TextDecoder();
      while (body.length < maxChars) {
        const { done, value } = await reader.read();
        if (done) break;
        body += decoder.decode(value, { stream: true });
      }
      void reader.cancel().catch(() => undefined);
    } else {
      void response.body?.cancel().catch(() => undefined);
    }
    return { origin: location.origin, redirected, status: response.status, body: body.slice(0, maxChars) };
  } catch {
    return { failed: 'no answer' };
  } finally {
    clearTimeout(timer);
  }
}
