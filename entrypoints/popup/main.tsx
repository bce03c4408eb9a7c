import { render } from 'preact';
import { App } from '../../components/App';
import { I18nContext } from '../../components/I18nContext';
import { t, uiLanguage } from '../../utils/i18n';
import { sendCommand } from '../../utils/messaging/send-command';
import { createPopupStore, type PopupStore } from './store';
import './style.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('extName');

const store = createPopupStore({ send: sendCommand, t });
store.start();
// Opening the popup wakes a stopped service worker, which then resumes any sign-out it left half done.
void sendCommand({ channel: 'command', type: 'popup-opened' }).catch(() => undefined);

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
    />
  );
}

const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <Root store={store} />
    </I18nContext.Provider>,
    root,
  );
}
