import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { guidesForSession } from '@/utils/guides/catalog';
import { readStores } from '@/utils/db-read';
import { loadLanguageChoice } from '@/utils/language-setting';
import { readCommandReply } from '@/utils/messaging/command-reply';
import { CommandReply } from '@/utils/messaging/protocol';
import { builtInRecipes, recipeById } from '@/utils/recipes/registry';
import { loadSettings } from '@/utils/policy';
import { rowOffers } from '@/utils/sessions/row-offers';

// The popup does without zod, Dexie and the recipes (docs/benchmarks.md). What it uses instead must agree with them.

describe('what the popup uses instead of the schema library and the recipes', () => {
  it('checks command replies exactly as the CommandReply schema does', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(undefined), fc.constant(null));
    const reply = fc.oneof(
      fc.record({ ok: fc.oneof(fc.boolean(), value), jobId: value, batchId: value, runId: value, error: value, other: value }, { requiredKeys: [] }),
      value,
    );
    fc.assert(
      fc.property(reply, (candidate) => {
        const parsed = CommandReply.safeParse(candidate);
        expect(readCommandReply(candidate)).toEqual(parsed.success ? parsed.data : { ok: false, error: 'invalid-reply' });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads the language setting as loadSettings does', async () => {
    for (const stored of [undefined, null, 'pl', [], {}, { language: 'pl' }, { language: 'en' }, { language: 'uk' }, { language: 'auto' }, { language: 'de' },
      { language: 1 }, { language: 'pl', idleMinutes: 'nonsense', keepList: ['bad domain'] }]) {
      await fakeBrowser.storage.local.set({ settings: stored });
      expect(await loadLanguageChoice()).toBe((await loadSettings()).language);
    }
  });

  it('is offered on each session row the account flows and guides the registry and the guide catalog know', () => {
    let withGuides = 0;
    for (const recipe of builtInRecipes) {
      const flows = (['switchAccount', 'addAccount'] as const).filter((flow) => recipeById(recipe.id)?.flows[flow]);
      const declared = recipeById(recipe.id)?.signOut.flatMap((method) => (method.kind !== 'generic' && method.endsAllAccounts ? [method.endsAllAccounts.of] : []));
      for (const site of recipe.sites) {
        const sessionId = `${recipe.id}:${site.domain}`;
        const guides = guidesForSession(sessionId).map((entry) => ({ id: entry.guide.id, menuLabel: entry.guide.menuLabel, kind: entry.guide.kind }));
        expect(rowOffers(recipe, site)).toEqual({ accountFlows: flows, guides, sharedSignIn: recipe.sharedSignIn, endsAllAccountsOf: declared?.[0], sessionCookiesUnknown: site.sessionCookiesUnknown, notModelled: site.notModelled ? true : undefined });
        if (guides.length > 0) withGuides += 1;
      }
    }
    expect(withGuides).toBeGreaterThan(0); // Amazon, Dell and fakturowo have guides.
    // Their sign-out ends every account of the site in the browser, and the row says whose (#17).
    const allAccountsOf = (id: string) => rowOffers(recipeById(id)!, recipeById(id)!.sites[0]!).endsAllAccountsOf;
    expect(['github', 'google', 'youtube', 'yahoo', 'amazon'].map(allAccountsOf)).toEqual(['GitHub', 'Google', 'Google', undefined, undefined]);
  });

  it('reads a database that does not exist yet as empty, and leaves its creation to Dexie', async () => {
    await new Promise((resolve) => (indexedDB.deleteDatabase('signoff').onsuccess = resolve));
    expect(await readStores(['sessions', 'jobs'])).toEqual({ sessions: [], jobs: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('signoff');
  });
});
