import { amazonTexts, type AmazonLanguage, type AmazonTexts } from './texts';

/** One Amazon marketplace: its own domain, cookie realm, language and session store. */
export interface Marketplace {
  /** Registrable domain, e.g. "amazon.pl"; cookies are set for "." + domain. */
  domain: string;
  /** The site answers on www.<domain>; the bare domain only redirects there. */
  host: string;
  /** Cookie-name suffix: "main" on .com, "acb<cc>" elsewhere (at-acbpl, x-acbpl, ...). */
  realm: string;
  /** Value of <html lang>. */
  lang: string;
  /** The OpenID association handle Amazon puts in sign-in links. */
  assocHandle: string;
  texts: AmazonTexts;
}

function marketplace(domain: string, realm: string, lang: string, language: AmazonLanguage, assocHandle: string): Marketplace {
  return { domain, host: `www.${domain}`, realm, lang, assocHandle, texts: amazonTexts[language] };
}

export const marketplaces: readonly Marketplace[] = [
  marketplace('amazon.pl', 'acbpl', 'pl', 'pl', 'plflex'),
  marketplace('amazon.com', 'main', 'en', 'en', 'usflex'),
  marketplace('amazon.de', 'acbde', 'de', 'de', 'deflex'),
  marketplace('amazon.co.uk', 'acbuk', 'en', 'en', 'gbflex'),
];

/** The marketplace a host belongs to ("www.amazon.pl" and "amazon.pl" → amazon.pl). */
export function marketplaceForHost(host: string): Marketplace | undefined {
  const bare = host.toLowerCase().replace(/^www\./, '');
  return marketplaces.find((m) => m.domain === bare);
}

/** The cookies Amazon sets only after sign-in; the ones to look at to tell "signed in". */
export function authCookieNames(realm: string): string[] {
  return [`at-${realm}`, `x-${realm}`, `sess-at-${realm}`];
}
