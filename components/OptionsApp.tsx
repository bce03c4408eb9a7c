import type { ComponentChildren } from 'preact';
import { useI18n } from './I18nContext';
import { KeepListEditor } from './KeepListEditor';

interface Props {
  keepList: readonly string[];
  onAddKept: (domain: string) => Promise<string | undefined>;
  onRemoveKept: (domain: string) => void;
  /** Further sections (detection of other sites, reminders, …) rendered below. */
  children?: ComponentChildren;
}

/** The options page: what "Sign out everywhere" includes, and the other settings. */
export function OptionsApp({ keepList, onAddKept, onRemoveKept, children }: Props) {
  const { t } = useI18n();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <KeepListEditor domains={keepList} onAdd={onAddKept} onRemove={onRemoveKept} />
      {children}
    </main>
  );
}
