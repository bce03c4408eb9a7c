/**
 * `npm run new:recipe <id> [domain]`: scaffolds a new site — recipe, kit fixture site and e2e spec — and lists
 * the first two in utils/recipes/sites/index.ts and tests/fixture-sites/all-sites.ts. The result builds, passes
 * the conventions test and the spec as it is (a plain-GET sign-out); then make it look and behave like the real
 * site (research/site-flows.md) and fill in the provenance.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../fixture-sites/paths';

const [id, domainArg] = process.argv.slice(2);
if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error('Usage: npm run new:recipe <id> [domain]   (id in kebab-case, e.g. "allegro"; domain e.g. "allegro.pl")');
  process.exit(2);
}
const domain = domainArg ?? `${id}.com`;
if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
  console.error(`"${domain}" is not a domain such as example.com`);
  process.exit(2);
}

const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = camel[0]!.toUpperCase() + camel.slice(1);
const title = id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
const host = `www.${domain}`;
const today = new Date().toISOString().slice(0, 10);
const path = (...parts: string[]) => join(projectRoot, ...parts);

const files: Record<string, string> = {
  [path('utils', 'recipes', 'sites', `${id}.ts`)]: `import type { RecipeInput } from '../schema';

/** ${title}: TODO say how the real site signs out (research/site-flows.md). */
export const ${camel}: RecipeInput = {
  id: '${id}',
  name: '${title}',
  sites: [{ domain: '${domain}', origin: 'https://${host}', authCookies: ['${camel}_session'] }],
  detect: { signedIn: { css: ['#account-button'] }, accountName: { target: { css: ['#account-button'] } } },
  signOut: [
    { kind: 'url', path: '/logout' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: ['#account-button'] }, timeoutMs: 8_000 },
        { action: 'click', target: { css: ['#sign-out'], text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] } }, timeoutMs: 8_000 },
      ],
    },
  ],
  // TODO: a page only a signed-in person sees, and how its answer tells (utils/recipes/account-check-schema.ts).
  accountCheck: { url: '/account', signedIn: { kind: 'status' } },
  provenance: {
    sources: [{ url: 'https://${host}/', note: 'TODO: where each selector, URL and cookie name comes from, with confidence.' }],
    checked: '${today}',
    accountCheck: {
      confidence: 'low',
      sources: [{ url: 'https://${host}/account', note: 'TODO: evidence that this page answers guests with a redirect to sign-in.' }],
    },
  },
};
`,
  [path('tests', 'fixture-sites', `${id}.ts`)]: `import { baseTexts, defineFixtureSite, escapeHtml, signOutControl } from './kit/index';

/** ${title} as it signs in and out. TODO: model the real site's pages, cookies and sign-out mechanism. */
export function create${pascal}Site() {
  return defineFixtureSite({
    name: '${id}',
    hosts: { main: '${host}', redirectToMain: ['${domain}'] },
    languages: { en: { ...baseTexts.en, siteName: '${title}' }, pl: { ...baseTexts.pl, siteName: '${title}' } },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: [{ email: 'jan@example.com', password: 'haslo123', name: 'Jan' }],
    cookies: {
      session: '${camel}_session',
      browserId: '${camel}_visitor',
      auth: [{ name: '${camel}_session', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 }],
      anonymous: [{ name: '${camel}_visitor', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'email', id: 'email', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { id: 'sign-in' },
      csrfField: 'csrf',
      afterSignIn: '/',
      returnParam: 'next',
    },
    home: { paths: ['/'] },
    account: { path: '/account' },
    accountMenu: {
      trigger: '#account-button',
      open: 'click',
      attrs: 'id="account-menu" role="menu"',
      render: (v, signOut) => (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="sign-out"') : ''),
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/login' },
    render: {
      style: 'body { font: 15px sans-serif; margin: 0; } header { display: flex; gap: 12px; padding: 8px 16px; }',
      header: (v) =>
        \`<header><a href="/">\${escapeHtml(v.t.siteName)}</a>\` +
        (v.session
          ? \`<button type="button" id="account-button">\${escapeHtml(v.session.user.name)}</button>\`
          : \`<a href="/login">\${escapeHtml(v.t.signInTitle)}</a>\`) +
        '</header>',
      home: (v) => \`<h1>\${escapeHtml(v.t.siteName)}</h1>\`,
      account: (v, session) => \`<h1>\${escapeHtml(v.t.accountTitle)}</h1><p>\${escapeHtml(session.user.email)}</p>\`,
    },
  });
}
`,
  [path('tests', 'e2e', 'sites', `${id}.spec.ts`)]: `import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: '${id}', domain: '${domain}', accountName: 'Jan' });
`,
};

for (const file of Object.keys(files)) {
  if (existsSync(file)) {
    console.error(`${file} exists already: nothing written.`);
    process.exit(1);
  }
}

/** Adds `line` among lines matching `pattern`, keeping them sorted. */
function insertSorted(file: string, pattern: RegExp, line: string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const matching = lines.map((text, index) => ({ text, index })).filter(({ text }) => pattern.test(text));
  const after = matching.filter(({ text }) => text.localeCompare(line) < 0).at(-1) ?? matching[0];
  if (!after) throw new Error(`${file}: found no line like ${pattern}`);
  const at = after.text.localeCompare(line) < 0 ? after.index + 1 : after.index;
  lines.splice(at, 0, line);
  writeFileSync(file, lines.join('\n'));
}

for (const [file, text] of Object.entries(files)) writeFileSync(file, text);

const sitesIndex = path('utils', 'recipes', 'sites', 'index.ts');
insertSorted(sitesIndex, /^import \{ \w+ \} from '\.\/[\w-]+';$/, `import { ${camel} } from './${id}';`);
const list = readFileSync(sitesIndex, 'utf8').match(/recipeInputs: readonly RecipeInput\[\] = \[([^\]]*)\]/);
if (!list) throw new Error(`${sitesIndex}: recipeInputs list not found`);
const ids = list[1]!.split(',').map((s) => s.trim()).filter(Boolean);
const sorted = [...ids, camel].sort((a, b) => a.localeCompare(b));
writeFileSync(sitesIndex, readFileSync(sitesIndex, 'utf8').replace(list[0], `recipeInputs: readonly RecipeInput[] = [${sorted.join(', ')}]`));

const allSites = path('tests', 'fixture-sites', 'all-sites.ts');
insertSorted(allSites, /^import \{ create\w+ \} from '\.\/[\w-]+';$/, `import { create${pascal}Site } from './${id}';`);
const key = id.includes('-') ? `'${id}'` : id;
const body = readFileSync(allSites, 'utf8');
writeFileSync(allSites, body.replace(/(\n    \/\/ Sites Signoff has no recipe for)/, `\n    ${key}: create${pascal}Site(),$1`));

console.log(`Created the recipe, the fixture site and the spec for "${id}" (${domain}):
  utils/recipes/sites/${id}.ts
  tests/fixture-sites/${id}.ts
  tests/e2e/sites/${id}.spec.ts
Listed in utils/recipes/sites/index.ts and tests/fixture-sites/all-sites.ts.
Next: model the real site, then \`npx vitest run tests/unit/recipe-conventions.test.ts\` and \`npx playwright test tests/e2e/sites/${id}.spec.ts\`;
finally \`npm run readme:sites\` lists it in README.md (tests/unit/readme-sites.test.ts checks that).`);
