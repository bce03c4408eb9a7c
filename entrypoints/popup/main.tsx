import { render } from 'preact';
import { App } from '../../components/App';
import { I18nContext } from '../../components/I18nContext';
import { t, uiLanguage, useLanguage } from '../../utils/i18n';
import { loadSettings } from '../../utils/policy';
import { sendCommand } from '../../utils/messaging/send-command';
import { recipeById } from '../../utils/recipes/registry';
import type { AccountFlowName } from '../../utils/jobs/open-account-flow';
import { createPopupStore, type PopupStore } from './store';
import './style.css';

// Opening the popup wakes a stopped service worker, which then resumes any sign-out it left half done.
void sendCommand({ channel: 'command', type: 'popup-opened' }).catch(() => undefined);

/** The switch/add-account flows a session's recipe offers. */
function accountFlowsFor(sessionId: string): AccountFlowName[] {
  const recipe = recipeById(sessionId.split(':')[0] ?? '');
  return (['switchAccount', 'addAccount'] as const).filter((flow) => recipe?.flows[flow]);
}

// Reading .value here subscribes this component to the signals.
function Root({ store }: { store: PopupStore }) {
  return (
    <App
      model={store.model.value}
      loadFailed={store.loadFailed.value}
      error={store.error.value}
      now={store.now.value}
      onSignOut={(id) => void store.signOut(id)}
      onDismiss={(id) => void store.dismiss(id)}
      batch={store.batch.value}
      onSignOutEverywhere={() => void store.signOutEverywhere()}
      accountFlowsFor={accountFlowsFor}
      onOpenFlow={(id, flow) => void store.openFlow(id, flow)}
      leftovers={store.leftovers.value}
      onDismissLeftovers={() => void store.dismissLeftovers()}
      onLeave={() => void store.leave()}
    />
  );
}

async function main() {
  await useLanguage((await loadSettings()).language);
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  document.title = t('extName');
  const store = createPopupStore({ send: sendCommand, t });
  store.start();
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <Root store={store} />
    </I18nContext.Provider>,
    root,
  );
}
void main();
