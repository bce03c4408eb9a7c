import { describe, expect, it } from 'vitest';
import { tabSite, teachOfferFor, teachTabOrigins } from '@/utils/teach/tab-offer';
import { httpsOriginOf, teachHereHref } from '@/utils/teach/tab-link';
import { ownRecording, teachSourceOf } from '@/utils/teach/teach-view';
import type { Recording } from '@/utils/teach/recording-schema';

/** Issue #15 §1: when the popup offers teaching for the tab it is over, and which access recording there asks for. */

const none = { incognito: false, hasRecipe: () => false, sessionDomains: [] };

describe('teaching from the current tab: the offer', () => {
  it('is made for an https site without a recipe and without a row', () => {
    expect(teachOfferFor('https://www.dziennik-szkolny.pl/oceny?x=1', none)).toEqual({
      origin: 'https://www.dziennik-szkolny.pl',
      host: 'www.dziennik-szkolny.pl',
      domain: 'dziennik-szkolny.pl',
    });
  });

  it('is not made for other pages, a private window, a site with a recipe or a site with a row', () => {
    for (const url of ['http://www.dziennik-szkolny.pl/', 'chrome://settings', 'file:///tmp/a.html', 'https://127.0.0.1/', 'https://localhost/', 'https://github.io/', 'https://school.example:8443/', undefined, 'not a url']) {
      expect(teachOfferFor(url, none), String(url)).toBeUndefined();
    }
    const url = 'https://www.dziennik-szkolny.pl/';
    expect(teachOfferFor(url, { ...none, incognito: true })).toBeUndefined();
    expect(teachOfferFor(url, { ...none, hasRecipe: (host) => host === 'www.dziennik-szkolny.pl' })).toBeUndefined();
    expect(teachOfferFor(url, { ...none, sessionDomains: ['dziennik-szkolny.pl'] })).toBeUndefined();
    expect(teachOfferFor(url, { ...none, sessionDomains: ['szkolny.pl', 'other.example'] })).toBeDefined();
  });

  it('names a site under a private suffix by its own name (alice.github.io is not github.io)', () => {
    expect(tabSite('https://alice.github.io/app')).toMatchObject({ host: 'alice.github.io', domain: 'alice.github.io' });
  });
});

describe('teaching from the current tab: the access it asks for', () => {
  it('is the tab\'s host and its parents up to the site, each exactly: no wildcard, no other subdomain, no other site', () => {
    expect(teachTabOrigins({ host: 'www.dziennik-szkolny.pl', domain: 'dziennik-szkolny.pl' })).toEqual([
      'https://www.dziennik-szkolny.pl/*',
      'https://dziennik-szkolny.pl/*',
    ]);
    expect(teachTabOrigins({ host: 'uczen.eu.vulcan.example.pl', domain: 'example.pl' })).toEqual([
      'https://uczen.eu.vulcan.example.pl/*',
      'https://eu.vulcan.example.pl/*',
      'https://vulcan.example.pl/*',
      'https://example.pl/*',
    ]);
    expect(teachTabOrigins({ host: 'school.example', domain: 'school.example' })).toEqual(['https://school.example/*']);
    // A host not on the domain (never made by tabSite) gets its own host only.
    expect(teachTabOrigins({ host: 'evil.example', domain: 'school.example' })).toEqual(['https://evil.example/*']);
    for (const origin of teachTabOrigins({ host: 'a.b.school.example', domain: 'school.example' })) expect(origin).not.toContain('*.');
  });
});

describe('the teach page for a tab', () => {
  it('is opened for an https origin only, and keeps to the recording of that tab and origin', () => {
    const href = teachHereHref(12, 'https://www.dziennik-szkolny.pl');
    const source = teachSourceOf(href.slice(href.indexOf('?')));
    expect(source).toEqual({ kind: 'tab', tabId: 12, origin: 'https://www.dziennik-szkolny.pl', host: 'www.dziennik-szkolny.pl', domain: 'dziennik-szkolny.pl' });
    for (const search of ['?tab=12&origin=http%3A%2F%2Fschool.example', '?tab=12&origin=https%3A%2F%2Fschool.example%2Fpath', '?tab=-1&origin=https%3A%2F%2Fschool.example', '?tab=x&origin=https%3A%2F%2Fschool.example', '?tab=1.5&origin=https%3A%2F%2Fschool.example']) {
      expect(teachSourceOf(search), search).toEqual({ kind: 'any' });
    }
    expect(teachSourceOf('?session=generic%3Aschool.example')).toEqual({ kind: 'session', sessionId: 'generic:school.example' });
    const rec = { tabId: 12, origin: 'https://www.dziennik-szkolny.pl', sessionId: 'generic:dziennik-szkolny.pl' } as Recording;
    expect(ownRecording(source, rec)).toBe(rec);
    expect(ownRecording(source, { ...rec, tabId: 13 })).toBeUndefined();
    expect(ownRecording(source, { ...rec, origin: 'https://dziennik-szkolny.pl' })).toBeUndefined();
  });

  it('takes the origin of an https page on the default port only', () => {
    expect(httpsOriginOf('https://www.dziennik-szkolny.pl/oceny#x')).toBe('https://www.dziennik-szkolny.pl');
    expect(httpsOriginOf('http://www.dziennik-szkolny.pl/')).toBeUndefined();
    expect(httpsOriginOf('https://www.dziennik-szkolny.pl:444/')).toBeUndefined();
  });
});
