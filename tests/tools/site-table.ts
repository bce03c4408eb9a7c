import { MANUAL_GUIDES } from '../../utils/guides/manual';
import { amazonRemoteNotOffered, type RemoteNotOffered } from '../../utils/guides/sites/remote';
import { parseRecipe, type Recipe, type RecipeInput, type SignOutMethod, type Step, type Target } from '../../utils/recipes/schema';
import { checkedPagesText, type CheckedPages } from './pages/record';

/**
 * The README's list of supported sites, generated from the recipes (utils/recipes/sites/) so that it cannot say
 * something the recipes do not do. `npm run readme:sites` writes it between the markers below;
 * tests/unit/readme-sites.test.ts fails when README.md holds anything else.
 */

export const BEGIN_MARKER = '<!-- sites:begin — generated from utils/recipes/sites by `npm run readme:sites`; do not edit by hand -->';
export const END_MARKER = '<!-- sites:end -->';

const MAX_PATH = 48;

/** A table cell: no line breaks, no pipes that would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text.length > MAX_PATH ? `${text.slice(0, MAX_PATH - 1)}…` : text}\``;

/** How a step names what it presses: its English (else first) label, or its first CSS selector. */
function targetLabel(target: Target): string {
  const texts = target.text?.en ?? Object.values(target.text ?? {})[0];
  if (texts?.[0]) return `“${texts[0]}”`;
  return code(target.css?.[0] ?? '?');
}

function stepText(step: Step): string | undefined {
  switch (step.action) {
    case 'navigate':
      return `open ${code(step.path)}`;
    case 'hover':
      return `hover ${targetLabel(step.target)}${step.optional ? ' (if shown)' : ''}`;
    case 'click':
      return `${targetLabel(step.target)}${step.all ? ' (each)' : ''}${step.optional ? ' (if shown)' : ''}`;
    case 'waitFor':
      return undefined; // Waiting is how, not what: left out of the summary.
  }
}

function methodText(method: SignOutMethod): string {
  if (method.kind === 'url') return `address ${code(method.path)}`;
  if (method.kind === 'generic') return 'generic finder';
  const from = method.startPath === '/' ? '' : `on ${code(method.startPath)}: `;
  return `${from}${method.steps.flatMap((step) => stepText(step) ?? []).join(' → ')}`;
}

/** The least confidence the recipe's provenance notes give any of its parts (LOW, MEDIUM, HIGH), if they rate any. */
export function lowestConfidence(recipe: Recipe): 'LOW' | 'MEDIUM' | 'HIGH' | undefined {
  const notes = recipe.provenance.sources.map((source) => source.note).join(' ');
  return (['LOW', 'MEDIUM', 'HIGH'] as const).find((level) => new RegExp(`\\b${level}\\b`).test(notes));
}

/** The account check: the page asked, how its answer reads, and how far its evidence goes. */
function checkText(recipe: Recipe): string {
  const check = recipe.accountCheck;
  // A site not modelled: nothing to ask, and its sign-out can end only in the labelled fallback.
  if (recipe.sites.some((site) => site.notModelled)) return 'not modelled: nothing to ask; a sign-out is never verified, it ends as "removed from this browser"';
  if (!check) return '—';
  const reads = check.signedIn.kind === 'json' ? `JSON ${code(check.signedIn.path)}` : check.signedIn.kind === 'marker' ? 'page text' : 'redirect when signed out';
  // A site whose session cookies no source names: say that its answer is all Signoff goes by.
  const alone = recipe.sites.some((site) => site.sessionCookiesUnknown) ? '; session cookies unknown: this answer alone decides' : '';
  return `${code(check.url)} (${reads}; ${(recipe.provenance.accountCheck?.confidence ?? 'not rated').toUpperCase()}${alone})`;
}

/** Sites whose web site offers no "sign out of other devices" control (the table says so instead of a guide). */
const REMOTE_NOT_OFFERED: readonly RemoteNotOffered[] = [amazonRemoteNotOffered];

/** The "sign out of other devices" guide (issue #16 §2): how it ends the sessions, or that the site has no such control. */
function remoteText(recipe: Recipe): string {
  const guide = recipe.guides.find((candidate) => candidate.kind === 'sign-out-other-devices');
  if (guide) {
    const final = guide.steps.find((step) => step.kind === 'final');
    const label = final?.target ? targetLabel(final.target) : '?';
    return `✓ ${label}${guide.startHost ? ` on ${guide.startHost}` : ''}`;
  }
  return REMOTE_NOT_OFFERED.some((entry) => entry.recipeId === recipe.id) ? 'no such control on the site (what it offers instead)' : '—';
}

/** Manual guides for where Signoff cannot reach: the apps on a phone or tablet, and on Windows. */
function manualText(recipe: Recipe): string {
  const surfaces = { 'phone-app': 'phone/tablet app', 'windows-app': 'Windows app' } as const;
  return MANUAL_GUIDES.filter((guide) => guide.recipeId === recipe.id).map((guide) => surfaces[guide.surface]).join(', ') || '—';
}

function row(recipe: Recipe, checked: CheckedPages): string {
  const flows = [recipe.flows.switchAccount && 'switch', recipe.flows.addAccount && 'add'].filter(Boolean).join(', ');
  const confidence = lowestConfidence(recipe);
  const sources = recipe.provenance.sources.length;
  const cells = [
    recipe.name,
    recipe.sites.map((site) => site.domain).join(', '),
    recipe.signOut.map((method, index) => `${index + 1}. ${methodText(method)}`).join('<br>'),
    recipe.detect.accountName || recipe.accountCheck?.accountName ? '✓' : '—',
    flows || '—',
    recipe.flows.forgetRemembered ? '✓' : '—',
    recipe.guides.filter((guide) => guide.kind !== 'sign-out-other-devices').map((guide) => guide.title.en).join('; ') || '—',
    remoteText(recipe),
    manualText(recipe),
    checkText(recipe),
    checkedPagesText(checked, recipe.id),
    `${confidence ?? 'not rated'} (${sources} source${sources === 1 ? '' : 's'}, checked ${recipe.provenance.checked})`,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/**
 * The table, one row per built-in recipe, in the recipes' order; `checked` is what `npm run check:pages -- DIR --record`
 * saw of saved real pages (tests/tools/pages/checked-pages.json).
 */
export function siteTable(inputs: readonly RecipeInput[], checked: CheckedPages): string {
  const recipes = inputs.map(parseRecipe);
  const header = [
    '| Site | Domains | Sign out (tried in order) | Account name | Account switching | Removes remembered accounts | Guides | Signs out other devices (guide; the final press is yours) | Outside the browser (manual guides) | Asks the site (evidence) | Checked against real pages (pages, years; `npm run check:pages`) | Provenance (least confidence noted) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  return [...header, ...recipes.map((recipe) => row(recipe, checked))].join('\n');
}

/** README.md with the block between the markers replaced by `table`; throws when a marker is missing. */
export function withSiteTable(readme: string, table: string): string {
  const begin = readme.indexOf(BEGIN_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (begin < 0 || end < begin) throw new Error(`README.md needs the lines\n${BEGIN_MARKER}\n${END_MARKER}`);
  return `${readme.slice(0, begin + BEGIN_MARKER.length)}\n${table}\n${readme.slice(end)}`;
}

/** The block README.md holds now between the markers (undefined without markers). */
export function currentSiteTable(readme: string): string | undefined {
  const begin = readme.indexOf(BEGIN_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (begin < 0 || end < begin) return undefined;
  return readme.slice(begin + BEGIN_MARKER.length, end).trim();
}
