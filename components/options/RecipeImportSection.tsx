import { useI18n } from '../I18nContext';

export interface RecipeSummary {
  id: string;
  name: string;
  domains: string[];
}

/** A recipe waiting to be imported, with everything it would touch (extra-recipe-rules.ts `recipeReach`). */
export interface PendingRecipe extends RecipeSummary {
  addresses: string[];
}

interface Props {
  imported: readonly RecipeSummary[];
  /** A checked recipe waiting for the person to confirm (and grant access to its sites). */
  pending?: PendingRecipe;
  message?: { error: boolean; text: string };
  onChooseFile: (file: File) => void;
  onConfirm: () => void;
  onRemove: (id: string) => void;
}

/** Import a site recipe from a JSON file: validated as data, refused with the field and the reason. */
export function RecipeImportSection({ imported, pending, message, onChooseFile, onConfirm, onRemove }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="recipes-heading">
      <h2 id="recipes-heading">{t('recipesHeading')}</h2>
      <p class="hint">{t('recipesHint')}</p>
      {imported.length > 0 && (
        <ul class="keep-list" data-testid="imported-recipes">
          {imported.map((recipe) => (
            <li key={recipe.id}>
              <span>
                {recipe.name} ({recipe.domains.join(', ')})
              </span>
              <button type="button" aria-label={t('recipeRemoveNamed', recipe.name)} onClick={() => onRemove(recipe.id)}>
                {t('keepListRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="setting">
        {t('recipeImportLabel')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onChooseFile(file);
          }}
        />
      </label>
      {pending && (
        // Everything the recipe would touch, read before access is granted: its sites and every address it may open.
        <div class="recipe-reach" data-testid="recipe-reach">
          <p>{t('recipeReachHeading')}</p>
          <p>{t('recipeReachDomains')}</p>
          <ul data-testid="recipe-reach-domains">
            {pending.domains.map((domain) => (
              <li key={domain}>{domain}</li>
            ))}
          </ul>
          {pending.addresses.length > 0 && <p>{t('recipeReachAddresses')}</p>}
          <ul data-testid="recipe-reach-addresses">
            {pending.addresses.map((address) => (
              <li key={address}>
                <code>{address}</code>
              </li>
            ))}
          </ul>
          {/* The browser asks for access to the sites only during a click, so importing is a button of its own. */}
          <button type="button" class="primary" onClick={onConfirm}>
            {t('recipeImportConfirm', [pending.name, pending.domains.join(', ')])}
          </button>
        </div>
      )}
      <p class={message?.error ? 'error' : 'saved'} role="status" data-testid="recipe-import-message">
        {message?.text}
      </p>
    </section>
  );
}
