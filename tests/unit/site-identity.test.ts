import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { seenHosts } from '@/utils/browser/site-data';
import { scanForSignOut } from '@/utils/generic/find-sign-out';
import { genericSiteFor } from '@/utils/generic/generic-sessions';
import { isPublicSuffix, siteOf } from '@/utils/core/site-identity';

// Issue #11 §4: unrelated sites under a shared suffix (github.io, blogspot.com, krakow.pl, …) are separate sites.

/** Two people's sites under each shared suffix, and the site each host belongs to. */
const SHARED: [suffix: string, host: string, site: string, neighbour: string][] = [
  ['github.io', 'alice.github.io', 'alice.github.io', 'bob.github.io'],
  ['blogspot.com', 'www.kasia.blogspot.com', 'kasia.blogspot.com', 'tomek.blogspot.com'],
  ['krakow.pl', 'www.sklep.krakow.pl', 'sklep.krakow.pl', 'kwiaciarnia.krakow.pl'],
  ['herokuapp.com', 'crm-demo.herokuapp.com', 'crm-demo.herokuapp.com', 'evil-app.herokuapp.com'],
  ['vercel.app', 'shop-one.vercel.app', 'shop-one.vercel.app', 'shop-two.vercel.app'],
  ['s3.amazonaws.com', 'photos.s3.amazonaws.com', 'photos.s3.amazonaws.com', 'other-bucket.s3.amazonaws.com'],
  ['co.pl', 'panel.firma.co.pl', 'firma.co.pl', 'konkurencja.co.pl'],
  ['com.vn', 'www.shop.com.vn', 'shop.com.vn', 'market.com.vn'],
];

function pageAt(url: string, body: string): Document {
  const window = new Window({ url });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

describe('one site identity, on the full Public Suffix List (private section included)', () => {
  it.each(SHARED)('under %s: %s is the site %s, not the suffix', (suffix, host, site, neighbour) => {
    expect(siteOf(host)).toBe(site);
    expect(siteOf(neighbour)).toBe(neighbour);
    expect(siteOf(neighbour)).not.toBe(siteOf(host));
    expect(isPublicSuffix(suffix)).toBe(true);
    expect(isPublicSuffix(site)).toBe(false);
  });

  it.each([
    ['www.sklep-przyklad.pl', 'sklep-przyklad.pl'],
    ['forum.beispiel.de', 'beispiel.de'],
    ['.boutique-exemple.fr', 'boutique-exemple.fr'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['a.b.c.example.com.au', 'example.com.au'],
    ['WWW.Amazon.PL.', 'amazon.pl'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('has no site for an IP address, a single label or a suffix itself', () => {
    for (const host of ['127.0.0.1', '192.168.1.1', 'localhost', 'github.io', 'co.uk', 'pl']) expect(siteOf(host), host).toBeUndefined();
  });

  it.each(SHARED)('under %s: a session on %s is filed under its own site, not the suffix', (_suffix, host, site) => {
    expect(genericSiteFor(`https://${host}/login`)).toEqual({ domain: site, origin: `https://${host}`, host });
  });

  it.each(SHARED)('under %s: from %s (site %s), a "Log out" link to %s is another site', (_suffix, host, site, neighbour) => {
    const doc = pageAt(`https://${host}/`, `<header><a href="https://${neighbour}/logout">Log out</a></header>`);
    for (const options of [{ siteDomain: site }, {}]) {
      const scan = scanForSignOut(doc, options);
      expect(scan.signOut).toEqual([]);
      expect(scan.refused.map((c) => c.reasons)).toEqual([['other-site']]);
    }
  });

  it('still treats the site\'s own hosts as one site when told the site ("www." page, "login." sign-out)', () => {
    const doc = pageAt('https://www.sklep-przyklad.pl/', '<header><a href="https://login.sklep-przyklad.pl/wyloguj">Wyloguj się</a></header>');
    expect(scanForSignOut(doc, { siteDomain: 'sklep-przyklad.pl' }).signOut.map((c) => c.label)).toEqual(['Wyloguj się']);
    // A site named for another page is not taken on trust: the page's own host decides then.
    expect(scanForSignOut(doc, { siteDomain: 'example.com' }).signOut).toEqual([]);
  });

  it('the fallback for a site without a recipe reaches only the hosts it was seen on', () => {
    const site = { domain: 'sklep-przyklad.pl', origin: 'https://www.sklep-przyklad.pl' };
    expect(seenHosts(site, ['sklep-przyklad.pl', 'www.sklep-przyklad.pl'])).toEqual(['sklep-przyklad.pl', 'www.sklep-przyklad.pl']);
    expect(seenHosts(site, [])).toEqual(['www.sklep-przyklad.pl']);
    expect(seenHosts(site, ['evil.example'])).toEqual(['www.sklep-przyklad.pl']);
  });
});
