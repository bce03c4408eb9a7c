import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseRecipe } from '@/utils/recipes/schema';
import { projectTmpDir } from '../fixture-sites/paths';
import { checkSavedPages } from '../tools/pages/check-pages';
import { judge } from '../tools/pages/report';
import type { Sidecar } from '../tools/pages/sidecar';

/**
 * `npm run check:pages` on small pages of this test's own making, served under an address of a recipe made here too,
 * so the test neither depends on the built-in recipes of the day nor commits anybody's saved page.
 */
const recipe = parseRecipe({
  id: 'shop',
  name: 'Shop',
  sites: [{ domain: 'shop.example', origin: 'https://www.shop.example', authCookies: ['sid'] }],
  detect: {
    signedIn: { css: ['a[href="/account/orders"]'] },
    accountName: { target: { css: ['#greeting'] }, greetings: ['Hello,'] },
  },
  signOut: [
    {
      kind: 'steps',
      steps: [
        { action: 'click', target: { css: ['button#account-menu'] } },
        { action: 'click', target: { text: { en: ['Sign out'] }, within: '#account-dropdown' } },
      ],
    },
    { kind: 'url', path: '/logout' },
  ],
  provenance: { sources: [{ url: 'https://www.shop.example/', note: 'made for the checker test' }], checked: '2026-12-06' },
});

const header = (inner: string) => `<!doctype html><html><body><header>${inner}</header><main>Products</main></body></html>`;
const SIGNED_IN = '<a href="/account/orders">Orders</a><span id="greeting">Hello, Anna</span><button id="account-menu">Account</button>';

const pages: Record<string, { html: string; sidecar: Omit<Sidecar, 'provenance' | 'year' | 'language'> }> = {
  'signed-in': { html: header(SIGNED_IN), sidecar: { site: 'shop', url: 'https://www.shop.example/', signedIn: true, name: 'Anna', signOutEntry: 'shown' } },
  'signed-out': { html: header('<a href="/login">Sign in</a>'), sidecar: { site: 'shop', url: 'https://www.shop.example/', signedIn: false, signOutEntry: 'not-in-dom' } },
  // The page's own script would draw the signed-in header: the checker must judge the saved DOM, not what scripts add.
  'script-draws-account': {
    html: `<!doctype html><html><body><header id="h"><a href="/login">Sign in</a></header><script>document.getElementById('h').innerHTML = ${JSON.stringify(SIGNED_IN)};</script></body></html>`,
    sidecar: { site: 'shop', url: 'https://www.shop.example/deals', signedIn: false },
  },
  'other-name': { html: header(SIGNED_IN), sidecar: { site: 'shop', url: 'https://www.shop.example/cart', signedIn: true, name: 'Piotr' } },
  'marker-gone': {
    html: header('<a href="/account/orders" hidden>Orders</a><button id="account-menu">Account</button>'),
    sidecar: { site: 'shop', url: 'https://www.shop.example/help', signedIn: true, signOutEntry: 'shown' },
  },
};

let dir: string;

test.beforeAll(async () => {
  dir = await mkdtemp(join(projectTmpDir(), 'check-pages-test-'));
  for (const [name, { html, sidecar }] of Object.entries(pages)) {
    await writeFile(join(dir, `${name}.html`), html);
    const full: Sidecar = { ...sidecar, year: 2026, language: 'en', provenance: { madeFor: 'tests/e2e/check-pages.spec.ts' } };
    await writeFile(join(dir, `${name}.page.json`), JSON.stringify(full));
  }
});

test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('judges each saved page by what its DOM holds, with the extension’s own matching code', async () => {
  const results = await checkSavedPages(dir, [recipe]);
  const byName = new Map(results.map((result) => [result.page.file.replace('.page.json', ''), judge(result)]));

  const signedIn = byName.get('signed-in')!;
  expect(signedIn.failed).toBe(false);
  expect(signedIn.result.check).toMatchObject({ signedIn: true, marker: 'a[href="/account/orders"]', accountName: 'Anna' });
  // The menu opener is found; the dropdown's "Sign out" is script-rendered, so absent; the address method is not a DOM step.
  expect(signedIn.result.check.methods.map((method) => method.steps.map((step) => step.state))).toEqual([['found', 'absent'], []]);

  expect(byName.get('signed-out')).toMatchObject({ failed: false, detection: 'ok' });
  expect(byName.get('script-draws-account')).toMatchObject({ failed: false, detection: 'ok' });
  expect(byName.get('script-draws-account')!.result.check.signedIn).toBe(false);

  expect(byName.get('other-name')).toMatchObject({ failed: true, name: 'wrong-name' });
  const gone = byName.get('marker-gone')!;
  expect(gone).toMatchObject({ failed: true, detection: 'missed', signOut: 'ok' });
  expect(gone.result.check.hiddenMarkers).toEqual(['a[href="/account/orders"]']);
});

test('refuses a sidecar that says nothing of where its page came from', async () => {
  const bad = await mkdtemp(join(projectTmpDir(), 'check-pages-bad-'));
  try {
    await writeFile(join(bad, 'x.html'), header(''));
    await writeFile(join(bad, 'x.page.json'), JSON.stringify({ site: 'shop', url: 'https://www.shop.example/', signedIn: false, year: 2026, language: 'en' }));
    await expect(checkSavedPages(bad, [recipe])).rejects.toThrow(/x\.page\.json: provenance/);
  } finally {
    await rm(bad, { recursive: true, force: true });
  }
});
