import { z } from 'zod';
import { readManagedStorage } from './browser/managed-storage';
import { applyPolicyRecipes, PolicyRecipeInputs } from './recipes/policy-recipes';
import { Domain, type Recipe } from './recipes/schema';
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
    extraRecipes: PolicyRecipeInputs.optional(),
  })
  .partial();
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

/** A policy read field by field, with what had to be ignored ("keepList.1: … is not a domain"). */
export interface ParsedPolicy {
  policy: ManagedPolicy;
  problems: string[];
}

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'invalid';
};
const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 80) ?? String(value);

/**
 * Reads a policy one field at a time, so one bad value costs only itself: a keep-list entry written as a URL drops
 * that entry, never `forceMode`, the idle time or the close sweep. Every ignored value is reported (options page).
 */
export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { policy: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy: {}, problems: [`(policy): not an object, ignored`] };
  const fields = ManagedPolicy.shape;
  const policy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!Object.hasOwn(fields, name)) {
      problems.push(`${name}: not a Signoff policy setting, ignored`);
      continue;
    }
    if (name === 'keepList' && Array.isArray(value)) {
      // Entry by entry: the valid domains still apply.
      const kept: string[] = [];
      value.slice(0, 200).forEach((entry, index) => {
        const domain = Domain.safeParse(entry);
        if (domain.success) kept.push(domain.data);
        else problems.push(`keepList.${index}: ${show(entry)} ignored — ${firstIssue(domain.error)}`);
      });
      if (value.length > 200) problems.push(`keepList: only the first 200 entries are used`);
      policy.keepList = kept;
      continue;
    }
    const parsed = fields[name as keyof typeof fields].safeParse(value);
    if (parsed.success) policy[name] = parsed.data;
    else problems.push(`${name}: ${show(value)} ignored — ${firstIssue(parsed.error)}`);
  }
  return { policy: policy as ManagedPolicy, problems };
}

export type LockedField = 'mode' | 'idleMinutes' | 'closeSweep' | 'keepList';

export interface EffectiveSettings {
  settings: Settings;
  /** Fields the administrator set: the options page shows them locked. */
  locked: LockedField[];
  /** Recipes pushed by policy that passed validation, and the errors of those that did not. */
  policyRecipes: Recipe[];
  policyRecipeErrors: string[];
  /** Policy values Signoff could not use and ignored, each with its field and why (shown on the options page). */
  policyProblems: string[];
}

/** The policy and what of it was ignored. */
export async function readParsedPolicy(): Promise<ParsedPolicy> {
  return parseManagedPolicy(await readManagedStorage());
}

/** The user's settings with the administrator's policy laid over them. */
export function applyPolicy(user: Settings, policy: ManagedPolicy, policyProblems: string[] = []): EffectiveSettings {
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
  return { settings, locked, policyRecipes, policyRecipeErrors, policyProblems };
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, { policy, problems }] = await Promise.all([loadUserSettings(), readParsedPolicy()]);
  return applyPolicy(user, policy, problems);
}

/** What most callers need: the settings in force. */
export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}
