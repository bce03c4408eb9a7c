import { render } from 'preact';
import { signal } from '@preact/signals';
import { App } from '../../components/App';
import { I18nContext } from '../../components/I18nContext';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadLanguageChoice, type LanguageChoice } from '../../utils/language-setting';
import { popupSnapshotItem } from '../../utils/popup-snapshot';
import { keepSnapshot, keptSnapshot } from '../../utils/popup-snapshot-cache';
import type { PopupSnapshot } from '../../utils/popup-snapshot-schema';
import { sendCommand } from '../../utils/messaging/send-command';
import { startGuideFromClick } from '../../utils/guides/send';
import { commandErrorText, prepareRowFormats, type ResultView } from '../../utils/popup-model';
import { siteAccessOrigins } from '../../utils/browser/site-access';
import { browser } from 'wxt/browser';
import { createPopupStore, type PopupStore } from './store';
import { firstScreenSnapshot } from '../../components/first-screen';
import { teachHereOffer } from '../../utils/teach/teach-here';
import type { TeachHere } from '../../utils/teach/tab-link';

/** "Teach Signoff how to sign out here" for the tab the popup is over, once the background says it may be offered. */
const teachHere = signal<TeachHere | undefined>(undefined);

/**
 * Opening the popup wakes a stopped service worker, which then resumes any sign-out it left half done and asks the
 * signed-in sites again. Sent once the first rows are painted: a worker starting up, and the checks it makes, compete
 * with the popup for the same cores while it draws (docs/benchmarks.md).
 */
function tellBackgroundOpened(): void {
  let sent = false;
  const send = () => {
    if (sent) return;
    sent = true;
    void sendCommand({ channel: 'command', type: 'popup-opened' }).catch(() => undefined);
    void teachHereOffer().then((offer) => (teachHere.value = offer), () => undefined);
  };
  requestAnimationFrame(() => setTimeout(send));
  setTimeout(send, 100); // A page in the background gets no frames: the worker is woken all the same.
}

/** A guide opens the site in a tab of its own; the popup has done its part once the background has it. */
function startGuide(store: PopupStore, sessionId: string, guideId: string): void {
  const [recipeId = '', domain = ''] = sessionId.split(':');
  void startGuideFromClick(recipeId, guideId, domain).then(
    (reply) => {
      if (reply.ok) window.close();
      else store.error.value = t('commandFailed', commandErrorText(t, reply.error));
    },
    (error: unknown) => (store.error.value = t('commandFailed', String(error))),
  );
}

/**
 * "Allow access to this site": the browser asks the person (permissions.request must come from this click), and
 * once they allow it the sign-out that could not run starts again.
 */
function grantAccessAndRetry(store: PopupStore, result: ResultView): void {
  void browser.permissions.request({ origins: siteAccessOrigins(result.domain) }).then(
    async (granted) => {
      if (!granted) return;
      await store.dismiss(result.jobId);
      await store.signOut(result.sessionId);
    },
    (error: unknown) => (store.error.value = t('commandFailed', String(error))),
  );
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
      onGrantAccess={(result) => grantAccessAndRetry(store, result)}
      batch={store.batch.value}
      onSignOutEverywhere={() => void store.signOutEverywhere()}
      onOpenFlow={(id, flow) => void store.openFlow(id, flow)}
      onStartGuide={(id, guideId) => startGuide(store, id, guideId)}
      leftovers={store.leftovers.value}
      onDismissLeftovers={() => void store.dismissLeftovers()}
      onLeave={() => void store.leave()}
      teachHere={teachHere.value}
    />
  );
}

/**
 * The language to draw in first: the snapshot's copy of the setting (utils/popup-snapshot.ts) when it answers first,
 * which it usually does (session storage answers sooner than local storage); else the setting itself.
 */
function firstLanguage(snapshot: Promise<PopupSnapshot | undefined>, setting: Promise<LanguageChoice>): Promise<LanguageChoice> {
  return Promise.race([setting, snapshot.then((found) => found?.language ?? setting, () => setting)]);
}

/** The popup's own copy holds what its first screen shows (components/first-screen.ts). */
const keepFirstScreen = (snapshot: PopupSnapshot | undefined) => keepSnapshot(snapshot && firstScreenSnapshot(snapshot));

/** Draws the popup into #app (entrypoints/popup-app.ts runs it: one script file, see there). */
export async function startPopup(): Promise<void> {
  performance.mark('popup:main');
  try {
    // The popup's own copy, when the address names it (utils/popup-snapshot-cache.ts), holds the rows and their
    // language: they are drawn before anything is asked of the browser. Otherwise the snapshot, the database and the
    // language setting are read at once: the rows are often there for the first render.
    const kept = keptSnapshot(location.hash);
    const snapshot = kept ? Promise.resolve(kept) : popupSnapshotItem.get().then((read) => (keepFirstScreen(read), read));
    const store = createPopupStore({ send: sendCommand, t, readSnapshot: () => snapshot });
    const root = document.getElementById('app');
    if (!root) return;
    const draw = async (choice: LanguageChoice) => {
      await applyLanguage(choice);
      const lang = uiLanguage();
      document.documentElement.lang = lang;
      const title = t('extName');
      if (document.title !== title) document.title = title; // The page's own title in every language so far; setting it costs ~0.5 ms.
      render(
        <I18nContext.Provider value={{ t, lang }}>
          <Root store={store} />
        </I18nContext.Provider>,
        root,
      );
      return lang;
    };
    let first = kept?.language;
    let lang = '';
    if (kept) {
      store.show(kept);
      lang = await draw(kept.language);
    }
    const setting = loadLanguageChoice(); // Only the language: the popup stays small without the settings schema.
    store.start();
    if (!kept) {
      first = await firstLanguage(snapshot, setting);
      performance.mark('popup:language');
      lang = await draw(first);
    }
    performance.mark('popup:rendered');
    popupSnapshotItem.watch(keepFirstScreen); // The copy follows what the background writes while the popup is open.
    prepareRowFormats(lang); // While the database answers (it usually has not yet).
    // The snapshot's copy may be behind a setting changed a moment ago: the setting wins.
    const chosen = await setting;
    if (chosen !== first) prepareRowFormats(await draw(chosen));
  } finally {
    tellBackgroundOpened();
  }
}
