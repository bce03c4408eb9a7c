import type { FixtureSite } from '../../fixture-sites/types';
import { sendText } from '../../fixture-sites/types';

/** No script runs, nothing else loads (styles, images, frames): only the saved document itself. */
const SAVED_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * One fixture "site" answering for every host of the saved pages: the page shown now at its own address, and
 * 404 for anything else. The checker shows one page at a time, so pages saved from the same address take turns.
 */
export function savedPagesSite(hosts: readonly string[]): FixtureSite & { show(url: string, html: string): void } {
  let current: { url: string; html: string } | undefined;
  return {
    name: 'saved-pages',
    hosts,
    show(url, html) {
      const address = new URL(url);
      address.hash = ''; // Never sent to a server.
      current = { url: address.href, html };
    },
    handle(_req, res, url) {
      if (!current || url.href !== current.url) {
        sendText(res, 404, 'not part of the saved page');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': SAVED_PAGE_POLICY });
      res.end(current.html);
    },
    reset() {
      current = undefined;
    },
  };
}
