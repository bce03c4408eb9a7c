import { parse } from 'tldts';

/**
 * Which site a host belongs to, on the full Public Suffix List with its private section: alice.github.io and
 * bob.github.io are two sites, as are two shops under krakow.pl or two apps under herokuapp.com. The one place
 * Signoff decides this (sessions, the generic finder's "same site" rule, the import rules); content scripts are
 * told the answer instead of carrying the list (see find-sign-out.ts).
 */
const OPTIONS = { allowPrivateDomains: true } as const;

const bare = (host: string) => host.replace(/^\./, '').replace(/\.$/, '').toLowerCase();

/** "www.sklep-przyklad.pl" → "sklep-przyklad.pl", "alice.github.io" → "alice.github.io"; undefined for an IP
 * address, a single label or a public suffix itself ("github.io", "co.uk"): those are no one's site. */
export function siteOf(host: string): string | undefined {
  const parsed = parse(bare(host), OPTIONS);
  if (parsed.isIp || !parsed.domain) return undefined;
  return parsed.domain;
}

/** True for a domain under which unrelated parties register names ("co.uk", "github.io", "s3.amazonaws.com"). */
export function isPublicSuffix(domain: string): boolean {
  const host = bare(domain);
  const parsed = parse(host, OPTIONS);
  return !parsed.isIp && (parsed.publicSuffix === host || parsed.domain === null);
}
