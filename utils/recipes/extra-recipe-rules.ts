import { allWords, DESTRUCTIVE_LABELS, DESTRUCTIVE_URL_WORDS } from '../core/sign-out-words';
import { fold, phraseList, urlWordList } from '../core/words-match';
import { isPublicSuffix } from '../core/site-identity';
import { hostOnDomain } from '../core/host-match';
import { navigationUrls, type Recipe, type Step, type Target } from './schema';
import { resolveSiteUrl } from '../core/site-url';

/**
 * What a recipe from outside the extension (imported by the person, or pushed by an administrator's policy) may do,
 * beyond the schema every recipe passes. Such a recipe may act only on the sites it lists as its own, for which
 * Signoff asks the person for access:
 * - a site may not be a public suffix ("co.uk", "github.io"), nor equal, under or above a domain a built-in recipe
 *   (or an earlier extra recipe) covers: "myaccount.google.com" or "co.uk" (above amazon.co.uk) are someone else's;
 * - related domains and every address (url methods, start URLs, navigate steps, account flows) lie on its own sites;
 * - no click step names a destructive control (delete, close, cancel, remove…): only built-in recipes, whose every
 *   fact is reviewed with public evidence, may ("Remove" beside a remembered account). Guides aside: they only ever
 *   press safe steps, and never a final one.
 */

export interface RuleIssue {
  /** The field, as "sites.0.domain" or "signOut.1.steps.2.target". */
  path: string;
  message: string;
}

const destructiveLabels = phraseList(allWords(DESTRUCTIVE_LABELS));
const destructiveWords = urlWordList(DESTRUCTIVE_URL_WORDS);

/** Domains a recipe covers: its sites and its related domains. */
function coveredDomains(recipe: Recipe): string[] {
  return [...recipe.sites.map((site) => site.domain), ...recipe.relatedDomains];
}

/** How `domain` collides with `other`: the same, under it, above it, or not at all. */
function overlap(domain: string, other: string): 'equal' | 'under' | 'above' | undefined {
  if (domain === other) return 'equal';
  if (hostOnDomain(domain, other)) return 'under';
  if (hostOnDomain(other, domain)) return 'above';
  return undefined;
}

function siteIssues(recipe: Recipe, taken: readonly Recipe[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  recipe.sites.forEach((site, index) => {
    const path = `sites.${index}.domain`;
    if (isPublicSuffix(site.domain)) {
      issues.push({ path, message: `${site.domain} is a public suffix, shared by unrelated sites` });
      return;
    }
    for (const other of taken) {
      const clash = coveredDomains(other)
        .map((domain) => ({ domain, kind: overlap(site.domain, domain) }))
        .find((found) => found.kind !== undefined);
      if (!clash) continue;
      const message =
        clash.kind === 'equal'
          ? `${site.domain} already belongs to the "${other.id}" recipe`
          : `${site.domain} is ${clash.kind} ${clash.domain}, which belongs to the "${other.id}" recipe`;
      issues.push({ path, message });
      return;
    }
  });
  return issues;
}

function reachIssues(recipe: Recipe): RuleIssue[] {
  const own = recipe.sites.map((site) => site.domain);
  const onOwnSite = (host: string) => own.some((domain) => hostOnDomain(host, domain));
  const issues: RuleIssue[] = [];
  recipe.relatedDomains.forEach((domain, index) => {
    if (!onOwnSite(domain)) {
      issues.push({ path: `relatedDomains.${index}`, message: `${domain} is not one of the recipe's own sites, whose access is asked for` });
    }
  });
  for (const { path, url } of navigationUrls(recipe)) {
    if (url.startsWith('/') || !URL.canParse(url)) continue;
    const host = new URL(url).hostname;
    if (!onOwnSite(host)) {
      issues.push({ path: path.join('.'), message: `${host} is not one of the recipe's own sites, whose access is asked for` });
    }
  }
  return issues;
}

/** The labels and selectors of a target that name a destructive control ("Usuń", "Delete account", `a[href*=delete]`). */
export function destructiveNames(target: Target): string[] {
  const texts = Object.values(target.text ?? {}).flat().filter((text) => destructiveLabels.contains(fold(text)));
  const selectors = (target.css ?? []).filter((selector) => destructiveWords(selector));
  return [...texts, ...selectors];
}

function clickSteps(recipe: Recipe): { path: string; step: Extract<Step, { action: 'click' }> }[] {
  const found: { path: string; step: Extract<Step, { action: 'click' }> }[] = [];
  const collect = (steps: readonly Step[], at: string) =>
    steps.forEach((step, index) => {
      if (step.action === 'click') found.push({ path: `${at}.steps.${index}.target`, step });
    });
  recipe.signOut.forEach((method, index) => {
    if (method.kind === 'steps') collect(method.steps, `signOut.${index}`);
  });
  for (const [name, flow] of Object.entries(recipe.flows)) if (flow) collect(flow.steps, `flows.${name}`);
  return found;
}

function destructiveIssues(recipe: Recipe): RuleIssue[] {
  return clickSteps(recipe).flatMap(({ path, step }) => {
    const names = destructiveNames(step.target);
    return names.length ? [{ path, message: `"${names[0]}" names a destructive control; only built-in recipes may` }] : [];
  });
}

/**
 * Every rule an imported or policy recipe breaks. `taken`: the recipes it may not overlap (the built-in ones, then
 * the extra recipes accepted before it).
 */
export function extraRecipeIssues(recipe: Recipe, taken: readonly Recipe[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const idOwner = taken.find((other) => other.id === recipe.id);
  if (idOwner) issues.push({ path: 'id', message: `"${recipe.id}" is already used by a recipe` });
  return [...issues, ...siteIssues(recipe, taken), ...reachIssues(recipe), ...destructiveIssues(recipe)];
}

export const formatRuleIssues = (issues: readonly RuleIssue[]): string => issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');

/** What the recipe would touch, for the person to read before granting access: its domains and every address. */
export function recipeReach(recipe: Recipe): { domains: string[]; addresses: string[] } {
  const addresses = new Set<string>();
  for (const { url } of navigationUrls(recipe)) {
    for (const site of recipe.sites) addresses.add(resolveSiteUrl(site, url));
  }
  for (const guide of recipe.guides) for (const site of recipe.sites) addresses.add(resolveSiteUrl(site, guide.startPath));
  return { domains: coveredDomains(recipe), addresses: [...addresses] };
}
