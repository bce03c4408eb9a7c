/** True when `host` is `domain` or one of its subdomains ("www.amazon.pl" on "amazon.pl"). */
export function hostOnDomain(host: string, domain: string): boolean {
  const bare = host.replace(/^\./, '').toLowerCase();
  return bare === domain || bare.endsWith(`.${domain}`);
}
