import { useState } from 'preact/hooks';
import { useI18n } from '../I18nContext';

interface Props {
  domains: readonly string[];
  /** Set by the administrator: shown, not editable. */
  locked?: boolean;
  /** Returns an error message key's text when the domain is refused. */
  onAdd: (domain: string) => Promise<string | undefined>;
  onRemove: (domain: string) => void;
}

/** The sites "Sign out everywhere" must never touch. */
export function KeepListEditor({ domains, locked = false, onAdd, onRemove }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    const refused = await onAdd(draft);
    setError(refused);
    if (!refused) setDraft('');
  }

  return (
    <section aria-labelledby="keep-heading">
      <h2 id="keep-heading">{t('keepListHeading')}</h2>
      <p class="hint">{t('keepListHint')}</p>
      {locked && <p class="locked">{t('lockedByAdministrator')}</p>}
      {domains.length === 0 ? (
        <p class="hint" data-testid="keep-list-empty">{t('keepListEmpty')}</p>
      ) : (
        <ul class="keep-list" data-testid="keep-list">
          {domains.map((domain) => (
            <li key={domain}>
              <span>{domain}</span>
              {!locked && (
                <button type="button" aria-label={t('keepListRemoveDomain', domain)} onClick={() => onRemove(domain)}>
                  {t('keepListRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
      <form class="add" onSubmit={submit}>
        <label for="keep-domain" class="visually-hidden">{t('keepListAddLabel')}</label>
        <input
          id="keep-domain"
          type="text"
          placeholder="mail.example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby="keep-error"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="primary">{t('keepListAdd')}</button>
      </form>
      )}
      <p id="keep-error" class="error" role="alert">{error}</p>
    </section>
  );
}
