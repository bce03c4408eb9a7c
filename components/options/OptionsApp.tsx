import type { ComponentChildren } from 'preact';
import type { LockedField } from '../../utils/policy';
import type { Settings } from '../../utils/settings';
import { useI18n } from '../I18nContext';
import { GeneralSettings } from './GeneralSettings';
import { HistorySection } from './HistorySection';
import { KeepListEditor } from './KeepListEditor';
import { ModeChooser } from './ModeChooser';

interface Props {
  settings: Settings;
  locked: readonly LockedField[];
  /** Recipes an administrator pushed that were refused, with the reason. */
  policyErrors: readonly string[];
  /** Policy values that were ignored (each field is read on its own), with the field and the reason. */
  policyProblems?: readonly string[];
  onChange: (changes: Partial<Settings>) => void;
  onAddKept: (domain: string) => Promise<string | undefined>;
  onRemoveKept: (domain: string) => void;
  onExport: () => void;
  onForgetEverything: () => Promise<void>;
  /** Further sections (detection of other sites, guides, receipts, …) rendered below. */
  children?: ComponentChildren;
}

/** The options page: the computer's mode first, then what "Sign out everywhere" includes, then the rest. */
export function OptionsApp(props: Props) {
  const { t } = useI18n();
  const { settings, locked } = props;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {locked.length > 0 && <p class="locked" data-testid="managed-note">{t('managedNote')}</p>}
      {(props.policyProblems ?? []).map((problem) => (
        <p key={problem} class="error" data-testid="policy-problem">{t('policyValueIgnored', problem)}</p>
      ))}
      {props.policyErrors.map((error) => (
        <p key={error} class="error">{t('policyRecipeRefused', error)}</p>
      ))}
      <ModeChooser mode={settings.mode} locked={locked.includes('mode')} onChoose={(mode) => props.onChange({ mode })} />
      <GeneralSettings settings={settings} locked={locked} onChange={props.onChange} />
      <KeepListEditor
        domains={settings.keepList}
        locked={locked.includes('keepList')}
        onAdd={props.onAddKept}
        onRemove={props.onRemoveKept}
      />
      {props.children}
      <HistorySection onExport={props.onExport} onForgetEverything={props.onForgetEverything} />
      <footer class="options-footer">
        <a href="/privacy.html" data-testid="privacy-link">{t('privacyLink')}</a>
      </footer>
    </main>
  );
}
