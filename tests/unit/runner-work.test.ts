import { describe, expect, it } from 'vitest';
import { runnerWork } from '@/utils/messaging/runner-work';
import { urlOnDomains } from '@/utils/core/on-site';

const steps = { channel: 'runner', type: 'run', jobId: 'j', steps: [], startAt: 0, allowedDomains: ['amazon.pl'] };
const generic = { channel: 'runner', type: 'generic', jobId: 'j', mode: 'find', allowAccountPage: true, allowedDomains: ['sklep-przyklad.pl'] };

describe('the runner works only on the site of its job (issue #11 §1)', () => {
  it('accepts work on an https page of an allowed domain or a subdomain', () => {
    expect(runnerWork(steps, 'https://www.amazon.pl/')).toMatchObject({ accept: true });
    expect(runnerWork(generic, 'https://sklep-przyklad.pl/konto')).toMatchObject({ accept: true });
  });

  it('refuses work when a page steered the tab to another site, naming where it is', () => {
    expect(runnerWork(generic, 'https://www.facebook.com/')).toEqual({ accept: false, reply: { kind: 'refused', host: 'www.facebook.com' } });
    expect(runnerWork(steps, 'https://www.amazon.com/')).toEqual({ accept: false, reply: { kind: 'refused', host: 'www.amazon.com' } });
  });

  it('refuses look-alike hosts and plain http on the right host', () => {
    for (const href of ['https://amazon.pl.evil.example/', 'https://notamazon.pl/', 'http://www.amazon.pl/', 'about:blank', 'data:text/html,x']) {
      expect(runnerWork(steps, href), href).toMatchObject({ accept: false });
    }
  });

  it('refuses work that names no allowed domains at all', () => {
    const { allowedDomains: _omitted, ...withoutDomains } = steps;
    expect(runnerWork(withoutDomains, 'https://www.amazon.pl/')).toBeUndefined();
    expect(runnerWork({ ...generic, allowedDomains: [] }, 'https://www.sklep-przyklad.pl/')).toBeUndefined();
  });

  it('urlOnDomains: https on the domain or under it, nothing else', () => {
    expect(urlOnDomains('https://a.b.amazon.pl/x', ['amazon.pl'])).toBe(true);
    expect(urlOnDomains('https://amazon.pl:8443/', ['amazon.pl'])).toBe(true);
    expect(urlOnDomains('https://amazon.com/', ['amazon.pl'])).toBe(false);
    expect(urlOnDomains(undefined, ['amazon.pl'])).toBe(false);
  });
});
