import { z } from 'zod';
import { browser } from 'wxt/browser';
import { builtInRecipes } from './recipes/built-in';
import { extraRecipeIssues, formatRuleIssues } from './recipes/extra-recipe-rules';
import { Domain, parseRecipe, type Recipe } from './recipes/schema';
import { CloseSweep, loadUserSettings, type Settings } from './settings';

/**
 * What an administrator can set through the browser's managed storage (Chrome policy "3rdparty" → extensions →
 * this extension's id). Managed values override the user's and are shown as locked. The same shape is declared
 * in public/managed_schema.json for the browser.
 */
export const ManagedPolicy = z
  .object({
    forceMode: z.enum(['personal', 'shared']).optional(),
    idleMinutes: z.number().int().min(1).max(240).optional(),
    closeSweep: CloseSweep.optional(),
    keepList: z.array(Domain).max(200).optional(),
    /** Extra recipes, as JSON data; each is validated like a built-in one, and an invalid one is skipped. */
    extraRecipes: z.array(z.unknown()).max(50).optional(),
  })
  .partial();
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

export type LockedField = 'mode' | 'idleMinutes' | 'closeSweep' | 'keepList';

export interface EffectiveSettings {
  settings: Settings;
  /** Fields the administrator set: the options page shows them locked. */
  locked: LockedField[];
  /** Recipes pushed by policy that passed validation, and the errors of those that did not. */
  policyRecipes: Recipe[];
  policyRecipeErrors: string[];
}

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  // Browsers without managed storage, or without a policy, throw or answer empty: both mean "no policy".
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return {};
  }
  const parsed = ManagedPolicy.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** The user's settings with the administrator's policy laid over them. */
export function applyPolicy(user: Settings, policy: ManagedPolicy): EffectiveSettings {
  const settings: Settings = { ...user };
  const locked: LockedField[] = [];
  if (policy.forceMode) {
    settings.mode = policy.forceMode;
    locked.push('mode');
  }
  if (policy.idleMinutes !== undefined) {
    settings.idleMinutes = policy.idleMinutes;
    locked.push('idleMinutes');
  }
  if (policy.closeSweep) {
    settings.closeSweep = policy.closeSweep;
    locked.push('closeSweep');
  }
  if (policy.keepList) {
    settings.keepList = policy.keepList;
    locked.push('keepList');
  }
  const { recipes: policyRecipes, errors: policyRecipeErrors } = applyPolicyRecipes(policy);
  return { settings, locked, policyRecipes, policyRecipeErrors };
}

/** The policy's extra recipes that validate, and for each one that does not, the field and why. */
export function applyPolicyRecipes(policy: ManagedPolicy): { recipes: Recipe[]; errors: string[] } {
  const recipes: Recipe[] = [];
  const errors: string[] = [];
  for (const [index, input] of (policy.extraRecipes ?? []).entries()) {
    let recipe: Recipe;
    try {
      recipe = parseRecipe(input);
    } catch (error) {
      errors.push(`extraRecipes.${index}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    // The same rules as for an imported recipe: its own sites only, none a built-in recipe covers.
    const issues = extraRecipeIssues(recipe, [...builtInRecipes, ...recipes]);
    if (issues.length) errors.push(`extraRecipes.${index}: ${formatRuleIssues(issues)}`);
    else recipes.push(recipe);
  }
  return { recipes, errors };
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  return applyPolicy(await loadUserSettings(), await readManagedPolicy());
}

/** What most callers need: the settings in force. */
export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}
