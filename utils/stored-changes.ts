import { watchManagedStorage } from './browser/managed-storage';
import { importedRecipesItem } from './recipes/imported';
import { settingsItem } from './settings';

/** What depends on which stored value: each runs only when its own value changes. */
export interface StoredChangeEffects {
  /** The person's settings (idle time, language, detection of other sites). */
  settings: () => void;
  /** Recipes the person imported. */
  importedRecipes: () => void;
  /** The administrator's policy: settings and recipes alike. */
  policy: () => void;
}

/**
 * Watches the stored values the background acts on. A write to any other key (a reminder logged, a countdown
 * started, a tab remembered) runs nothing. Returns the function that stops watching.
 */
export function watchStoredChanges(effects: StoredChangeEffects): () => void {
  const stops = [
    settingsItem.watch(() => effects.settings()),
    importedRecipesItem.watch(() => effects.importedRecipes()),
    watchManagedStorage(() => effects.policy()),
  ];
  return () => stops.forEach((stop) => stop());
}
