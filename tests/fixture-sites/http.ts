import type { IncomingMessage, ServerResponse } from 'node:http';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** JSON that is safe inside a `<script>` element (no `</script>` can end it early). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Reads an `application/x-www-form-urlencoded` request body. */
export async function readForm(req: IncomingMessage, limitBytes = 64 * 1024): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new Error('form body too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Response headers a handler builds up before sending (Set-Cookie may repeat). */
export interface ResponseExtras {
  setCookies?: string[];
}

export function sendHtml(res: ServerResponse, status: number, html: string, extras: ResponseExtras = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(extras.setCookies?.length ? { 'Set-Cookie': extras.setCookies } : {}),
  });
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function redirect(res: ServerResponse, location: string, status = 302, extras: ResponseExtras = {}): void {
  res.writeHead(status, {
    Location: location,
    'Cache-Control': 'no-store',
    ...(extras.setCookies?.length ? { 'Set-Cookie': extras.setCookies } : {}),
  });
  res.end();
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * True once the client has gone away without waiting for the answer (tab closed, navigation
 * interrupted, browser killed). Must be called before the response is written.
 */
export function watchAbort(res: ServerResponse): () => boolean {
  let aborted = false;
  res.once('close', () => {
    if (!res.writableEnded) aborted = true;
  });
  return () => aborted || res.destroyed;
}
