import { hostOnDomain } from './host-match';

/**
 * True when `url` is an https address on one of `domains` (or a subdomain). What the runner and the background
 * both ask before a job's tab is given any work: a page can navigate its tab anywhere, and Signoff must act only on
 * the site it is signing out (and the recipe's declared related domains).
 */
export function urlOnDomains(url: string | undefined, domains: readonly string[]): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && domains.some((domain) => hostOnDomain(parsed.hostname, domain));
}

/** The host of `url` for a log line ("www.facebook.com"), or the text itself cut short when it is no URL. */
export function hostForLog(url: string | undefined): string {
  if (!url) return '(no address)';
  return URL.canParse(url) ? new URL(url).host : url.slice(0, 60);
}
