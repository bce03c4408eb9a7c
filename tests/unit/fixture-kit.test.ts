// Contract test for every fixture site built with the kit (tests/fixture-sites/kit): over plain HTTPS, without a
// browser, sign in through the form, sign out through the configured mechanism, and check what a browser relies
// on — auth cookies set with the configured attributes, expired with the same Domain/Path/Secure, the server
// session revoked — and that `signOutRemoved` really leaves nothing to drive. A new kit site is covered by
// adding it to all-sites.ts.
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSites } from '../fixture-sites/all-sites';
import { createKitExampleSite } from '../fixture-sites/kit/example-site';
import type { AuthCookieSpec, KitSite } from '../fixture-sites/kit/index';
import * as kit from '../fixture-sites/kit/index';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server';
import { readAnswer } from '@/utils/account-check/read-answer';
import { parseRecipe } from '@/utils/recipes/schema';
import { resolveSiteUrl } from '@/utils/core/site-url';
import { recipeInputs } from '@/utils/recipes/sites';

const sites = createSites();
// The kit's example site covers what no real-site fixture uses yet: menu-then-link (POST and GET).
const examples = [
  createKitExampleSite({ host: 'www.kit-post.test' }),
  createKitExampleSite({
    host: 'www.kit-get.test',
    open: 'click',
    signOut: { kind: 'menu-then-link', method: 'get', path: '/wyloguj', redirectTo: '/' },
  }),
];
const kitSites: KitSite[] = [
  ...Object.values(sites).filter((site): site is typeof site & KitSite => 'signInForm' in site && 'config' in site),
  ...examples,
];
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([...Object.values(sites), ...examples]);
}, 30_000);
afterAll(async () => server?.close());

interface Answer {
  status: number;
  location?: string;
  setCookies: string[];
  body: string;
}

/** A tiny browser: one cookie jar (names only matter within one site), no redirects followed. */
class Client {
  readonly jar = new Map<string, string>();

  async send(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Answer> {
    const target = new URL(url);
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          servername: target.hostname,
          rejectUnauthorized: false,
          method: init.method ?? (body === undefined ? 'GET' : 'POST'),
          path: target.pathname + target.search,
          headers: {
            host: target.hostname,
            'accept-language': 'en-US,en;q=0.9',
            ...(cookie ? { cookie } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
            ...init.headers,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookies: res.headers['set-cookie'] ?? [], body: text }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    for (const header of answer.setCookies) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      const expires = /;\s*Expires=([^;]+)/i.exec(header)?.[1];
      if (expires && Date.parse(expires) < Date.now()) this.jar.delete(pair.slice(0, eq));
      else this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return answer;
  }
}

const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/g)) fields[unescape(match[1]!)] = unescape(match[2]!);
  return fields;
}

/** The attributes of one Set-Cookie header, lower-cased names. */
function attributes(header: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of header.split(';').slice(1)) {
    const [name = '', ...value] = part.trim().split('=');
    map.set(name.toLowerCase(), value.join('='));
  }
  return map;
}

function expectScope(header: string, spec: AuthCookieSpec) {
  const attrs = attributes(header);
  expect(attrs.get('domain'), `${spec.name} Domain`).toBe(spec.domain);
  expect(attrs.get('path'), `${spec.name} Path`).toBe(spec.path ?? '/');
  expect(attrs.has('secure'), `${spec.name} Secure`).toBe(Boolean(spec.secure));
}

const cookieHeader = (answer: Answer, name: string) => answer.setCookies.find((header) => header.startsWith(`${name}=`));

async function signIn(client: Client, site: KitSite): Promise<Answer> {
  const { config, users, signInForm } = site;
  const user = users[0]!;
  const host = config.signIn.host ?? config.hosts.main;
  const action = `https://${host}${config.signIn.action ?? config.signIn.path}`;
  const page = await client.send(signInForm.url);
  expect(page.status).toBe(200);
  let fields = { ...hiddenFields(page.body), [config.signIn.identifier.name]: user.email };
  if (config.signIn.next) {
    const step = await client.send(action, { form: fields });
    expect(step.body).toContain(`name="${config.signIn.password.name}"`);
    fields = { ...hiddenFields(step.body), [config.signIn.identifier.name]: user.email };
  }
  return client.send(action, { form: { ...fields, [config.signIn.password.name]: user.password } });
}

/** The signed-in home page's account menu HTML (it ships as JSON until someone opens the menu). */
async function menuHtml(client: Client, site: KitSite): Promise<string> {
  const { home, hosts } = site.config;
  const page = await client.send(`https://${home.host ?? hosts.main}${home.paths[0]}`);
  const json = /<script type="application\/json" id="kit-account-menu">(.*?)<\/script>/s.exec(page.body)?.[1];
  expect(json, 'the home page carries the account menu').toBeDefined();
  return (JSON.parse(json!) as { html: string }).html;
}

/** Drives the configured mechanism as the page would, returning the answer that should end the session. */
async function signOut(client: Client, site: KitSite): Promise<Answer> {
  const m = site.config.signOut;
  const base = `https://${m.host ?? site.config.hosts.main}`;
  const menu = await menuHtml(client, site);
  const linkTo = (path: string) => {
    // A link, or an item whose script goes there (Facebook's "Log out" is a span in a role=button item).
    const href = new RegExp(`(?:href|data-token-href)="([^"]*${path.replace(/[.?]/g, '\\$&')}[^"]*)"`).exec(menu)?.[1];
    expect(href, `the menu links to ${path}`).toBeDefined();
    return new URL(unescape(href!), base).href;
  };
  switch (m.kind) {
    case 'get-url':
    case 'token-link':
      return client.send(linkTo(m.path));
    case 'confirm-page': {
      const page = await client.send(linkTo(m.path));
      expect(page.status).toBe(200);
      return client.send(`${base}${m.path}`, { form: hiddenFields(page.body) });
    }
    case 'confirm-sheet': {
      const page = await client.send(linkTo(m.path));
      const sheet = JSON.parse(/id="kit-confirm-sheet">(.*?)<\/script>/s.exec(page.body)![1]!) as { token: string | null };
      const token = m.csrfCookie ? decodeURIComponent(client.jar.get(m.csrfCookie) ?? '') : (sheet.token ?? '');
      return client.send(`${base}${m.api}`, { method: 'POST', form: {}, headers: { [m.csrfHeader]: token } });
    }
    case 'menu-then-link':
      if (m.method === 'get') return client.send(linkTo(m.path));
      return client.send(`${base}${m.path}`, { form: hiddenFields(menu) });
    case 'menu-then-request': {
      const api = /data-kit-sign-out-api="([^"]*)"/.exec(menu)?.[1];
      expect(api, 'the menu item names the request').toBeDefined();
      const token = decodeURIComponent(client.jar.get(m.csrfCookie) ?? '');
      return client.send(new URL(unescape(api!), base).href, { method: 'POST', form: {}, headers: { [m.csrfHeader]: token } });
    }
    case 'page-then-request': {
      const page = await client.send(linkTo(m.path));
      expect(page.status).toBe(200);
      const api = JSON.parse(/id="kit-sign-out-request">(.*?)<\/script>/s.exec(page.body)![1]!) as { api: string };
      return client.send(new URL(api.api, base).href, { method: 'POST', form: {}, headers: { 'content-type': 'application/json' } });
    }
  }
}

/** The site's answer to its recipe's account check, read as the worker reads it (no redirect followed). */
async function askCheck(client: Client, site: KitSite): Promise<string | undefined> {
  const input = recipeInputs.find((recipe) => recipe.id === site.name);
  if (!input) return undefined;
  const recipe = parseRecipe(input);
  const check = recipe.accountCheck!;
  const answer = await client.send(resolveSiteUrl(recipe.sites[0]!, check.url));
  const redirected = answer.status >= 300 && answer.status < 400;
  return readAnswer(check, { redirected, status: answer.status, body: redirected ? '' : answer.body }).state;
}

describe.each(kitSites.map((site) => [site.name, site] as const))('kit site %s', (_name, site) => {
  // A site the recipe declares not modelled has no account check to answer.
  it.runIf(recipeInputs.some((recipe) => recipe.id === site.name && recipe.accountCheck))(
    "answers its recipe's account check: signed out as a guest, signed in after sign-in, signed out after sign-out",
    async () => {
      site.reset();
      const client = new Client();
      const { home, hosts } = site.config;
      await client.send(`https://${home.host ?? hosts.main}${home.paths[0]}`); // A guest's visit, with its cookies.
      expect(await askCheck(client, site)).toBe('signed-out');
      await signIn(client, site);
      expect(await askCheck(client, site)).toBe('signed-in');
      await signOut(client, site);
      expect(await askCheck(client, site)).toBe('signed-out');
    },
  );

  it('gives every visitor its anonymous cookies and no auth cookie', async () => {
    site.reset();
    const client = new Client();
    const { home, hosts } = site.config;
    await client.send(`https://${home.host ?? hosts.main}${home.paths[0]}`);
    for (const spec of site.config.cookies.anonymous ?? []) expect(client.jar.has(spec.name), spec.name).toBe(true);
    const anonymous = new Set((site.config.cookies.anonymous ?? []).map((spec) => spec.name));
    for (const spec of site.config.cookies.auth) if (!anonymous.has(spec.name)) expect(client.jar.has(spec.name), spec.name).toBe(false);
  });

  it('signs in through its form (auth cookies as configured) and out through its mechanism (revoked, cookies expired alike)', async () => {
    site.reset();
    const client = new Client();
    const signedIn = await signIn(client, site);
    expect(signedIn.status).toBe(302);
    for (const spec of site.config.cookies.auth) {
      const header = cookieHeader(signedIn, spec.name);
      expect(header, `sign-in sets ${spec.name}`).toBeDefined();
      expectScope(header!, spec);
      expect(attributes(header!).has('httponly'), `${spec.name} HttpOnly`).toBe(Boolean(spec.httpOnly));
    }
    expect(site.activeSessions()).toMatchObject([{ email: site.users[0]!.email }]);

    const ended = await signOut(client, site);
    expect(ended.status).toBeLessThan(400);
    expect(site.activeSessions()).toEqual([]);
    for (const spec of site.config.cookies.auth) {
      const header = cookieHeader(ended, spec.name);
      if (spec.onSignOut === 'keep') {
        expect(header, `${spec.name} is kept`).toBeUndefined();
        continue;
      }
      expect(header, `sign-out answers ${spec.name}`).toBeDefined();
      expectScope(header!, spec);
      const expires = Date.parse(attributes(header!).get('expires') ?? '');
      if (spec.onSignOut === undefined || spec.onSignOut === 'expire') expect(expires, `${spec.name} expired`).toBeLessThan(Date.now());
      else expect(header).toContain(`${spec.name}=${spec.onSignOut.value};`);
    }
  });

  it('with signOutRemoved, offers no sign-out control and its endpoint revokes nothing', async () => {
    site.reset();
    const client = new Client();
    await signIn(client, site);
    site.controls.signOutRemoved = true;
    const m = site.config.signOut;
    expect(await menuHtml(client, site)).not.toContain(m.path);
    const answer = await client.send(`https://${m.host ?? site.config.hosts.main}${m.path}`);
    expect(answer.status).toBe(404);
    expect(site.activeSessions()).toHaveLength(1);
    site.reset();
  });
});

it('has kit sites to check', () => {
  expect(kitSites.map((site) => site.name)).toEqual(expect.arrayContaining(['facebook', 'github', 'google', 'linkedin', 'x']));
});

it('menu-then-link with POST: a GET of the path, or a POST without the token, ends nothing', async () => {
  const site = examples[0]!;
  site.reset();
  const client = new Client();
  await signIn(client, site);
  expect((await client.send('https://www.kit-post.test/wyloguj')).status).toBe(302);
  expect((await client.send('https://www.kit-post.test/wyloguj', { form: { csrf: 'forged' } })).status).toBe(422);
  expect(site.activeSessions()).toHaveLength(1);
});

it('refuses a sign-in form posted without the CSRF token bound to the visitor cookie', async () => {
  const site = examples[0]!;
  site.reset();
  const client = new Client();
  await client.send('https://www.kit-post.test/logowanie');
  const answer = await client.send('https://www.kit-post.test/logowanie', { form: { email: 'jan@example.com', password: 'haslo123' } });
  expect(answer.status).toBe(422);
  expect(answer.body).toContain('role="alert"');
  expect(site.activeSessions()).toEqual([]);
});

it('refuses cookie specs a browser would drop', () => {
  const { config } = createKitExampleSite({ host: 'www.bad.test' });
  const withAuth = (extra: AuthCookieSpec) => ({ ...config, cookies: { ...config.cookies, auth: [...config.cookies.auth, extra] } });
  expect(() => kit.defineFixtureSite(withAuth({ name: '__Host-x', value: 'random', domain: '.bad.test', secure: true }))).toThrow(
    /__Host- cookie must be Secure, Path=\/ and have no Domain/,
  );
  expect(() => kit.defineFixtureSite(withAuth({ name: 'x', value: 'random', sameSite: 'None' }))).toThrow(/SameSite=None needs Secure/);
});

it('page-then-request: only the sign-out page\'s JSON POST ends the session, not a GET of the API or a form POST', async () => {
  const site = kitSites.find((kitSite) => kitSite.name === 'claude')!;
  site.reset();
  const client = new Client();
  await signIn(client, site);
  expect((await client.send('https://claude.ai/api/auth/logout')).status).toBe(405);
  expect((await client.send('https://claude.ai/api/auth/logout', { form: {} })).status).toBe(415);
  expect(site.activeSessions()).toHaveLength(1);
  const page = await client.send('https://claude.ai/logout');
  expect(page.status).toBe(200);
  expect(site.activeSessions()).toHaveLength(1); // The page alone does nothing: its script does.
  expect((await client.send('https://claude.ai/api/auth/logout', { form: {}, headers: { 'content-type': 'application/json' } })).status).toBe(200);
  expect(site.activeSessions()).toEqual([]);
});
