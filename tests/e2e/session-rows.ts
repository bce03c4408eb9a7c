import type { Page } from '@playwright/test';
import type { SessionRow } from '../../utils/db-schema';
import { builtInRecipes } from '../../utils/recipes/built-in';
import { rowOffers } from '../../utils/sessions/row-offers';

/*
 * Session rows as the background writes them, for tests and benchmarks that fill Signoff's database directly
 * (tests/e2e/popup-first-screen.spec.ts, bench/popup.ts).
 */

/** A row for every domain of every built-in recipe, signed in an hour ago as "Jan", with its account flows and guides. */
export function recipeSessionRows(now: number): SessionRow[] {
  return builtInRecipes.flatMap((recipe) =>
    recipe.sites.map((site): SessionRow => ({
      id: `${recipe.id}:${site.domain}`,
      recipeId: recipe.id,
      siteName: recipe.name,
      domain: site.domain,
      accountName: 'Jan',
      cookieNames: [...site.authCookies].slice(0, 1),
      signedInAt: now - 3_600_000,
      lastSeenAt: now,
      ...rowOffers(recipe, site),
    })),
  );
}

/** `count` sites without a recipe, found by heuristics (as "Detect other sites" records them) ten minutes ago. */
export function foundSessionRows(now: number, count: number): SessionRow[] {
  return Array.from({ length: count }, (_, i): SessionRow => ({
    id: `generic:shop-${i}.example`,
    recipeId: 'generic',
    siteName: `www.shop-${i}.example`,
    domain: `shop-${i}.example`,
    origin: `https://www.shop-${i}.example`,
    cookieNames: ['sessionid'],
    signedInAt: now - 600_000,
    lastSeenAt: now,
    detectedBy: 'heuristics',
  }));
}

/** Replaces the session rows in Signoff's database, from one of its pages, as the background would have written them. */
export async function writeSessionRows(page: Pick<Page, 'evaluate'>, rows: readonly SessionRow[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('signoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').clear();
          for (const row of rows) tx.objectStore('sessions').put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
