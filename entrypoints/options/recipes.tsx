import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { RecipeImportSection, type PendingRecipe, type RecipeSummary } from '../../components/options/RecipeImportSection';
import { recipeReach } from '../../utils/recipes/extra-recipe-rules';
import { t } from '../../utils/i18n';
import {
  checkImportedRecipe,
  readImportedRecipes,
  recipeOrigins,
  removeImportedRecipe,
  saveImportedRecipe,
} from '../../utils/recipes/imported';
import { allRecipes, builtInRecipes, reloadExtraRecipes } from '../../utils/recipes/registry';
import type { Recipe } from '../../utils/recipes/schema';

const imported = signal<Recipe[]>([]);
const pending = signal<Recipe | undefined>(undefined);
const message = signal<{ error: boolean; text: string } | undefined>(undefined);

const summary = (recipe: Recipe): RecipeSummary => ({
  id: recipe.id,
  name: recipe.name,
  domains: recipe.sites.map((site) => site.domain),
});

const pendingSummary = (recipe: Recipe): PendingRecipe => ({ ...summary(recipe), ...recipeReach(recipe) });

async function refresh() {
  imported.value = await readImportedRecipes();
  await reloadExtraRecipes();
}
void refresh();

async function chooseFile(file: File) {
  pending.value = undefined;
  try {
    await reloadExtraRecipes();
    pending.value = checkImportedRecipe(await file.text(), allRecipes());
    message.value = undefined;
  } catch (error) {
    message.value = { error: true, text: t('recipeImportRefused', error instanceof Error ? error.message : String(error)) };
  }
}

async function confirm() {
  const recipe = pending.value;
  if (!recipe) return;
  const granted = await browser.permissions.request({ origins: recipeOrigins(recipe) }).catch(() => false);
  if (!granted) {
    message.value = { error: true, text: t('recipeImportRefused', t('recipePermissionRefused')) };
    return;
  }
  await saveImportedRecipe(recipe);
  pending.value = undefined;
  message.value = { error: false, text: t('recipeImported', recipe.name) };
  await refresh();
}

async function remove(id: string) {
  const recipe = imported.value.find((r) => r.id === id);
  await removeImportedRecipe(id);
  // Give back the access the recipe needed, unless a built-in recipe needs the same sites.
  const builtInDomains = new Set(builtInRecipes.flatMap((r) => r.sites.map((s) => s.domain)));
  const origins = recipe ? recipeOrigins(recipe).filter((_, i) => !builtInDomains.has(recipe.sites[i]!.domain)) : [];
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
  await refresh();
}

/** The options page's recipe section, with its own state. */
export function RecipeSections() {
  return (
    <RecipeImportSection
      imported={imported.value.map(summary)}
      pending={pending.value && pendingSummary(pending.value)}
      message={message.value}
      onChooseFile={(file) => void chooseFile(file)}
      onConfirm={() => void confirm()}
      onRemove={(id) => void remove(id)}
    />
  );
}
