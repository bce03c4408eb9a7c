import type { GuideInput } from '../../schema';
import { ACCOUNT_AREA, DELL_ENDINGS, DELL_SIGNED_OUT, SOURCE, SUBSCRIPTION_STEPS, SUBSCRIPTIONS_AREA } from './subscription-steps';

/**
 * Cancelling a Dell consumer support subscription (Dell KB 000126747). Dell moved Digital Locker's functions into
 * MyAccount, and newer versions of the KB list only the Dell-account route: both guides follow MyAccount today (a
 * Digital Locker link lands there), and still recognise the Digital Locker pages the seed describes.
 */

/** The flow as a whole; each step names its own sources. */
const provenance: GuideInput['provenance'] = {
  sources: [
    {
      url: 'https://www.dell.com/support/kbdoc/en-us/000126747/how-to-cancel-consumer-subscription-service-warranty',
      note: 'KB 000126747 (the seed, Polish): Cancel shown only when eligible; ProSupport through customer care. Newer versions list only the Dell-account route: Digital Locker\'s functions moved into MyAccount (guides follow MyAccount; each step names its sources, issue 21).',
    },
  ],
};

export const cancelViaDigitalLocker: GuideInput = {
  id: 'cancel-support-digital-locker',
  kind: 'cancel-subscription',
  title: { en: 'Cancel a Dell support subscription (Digital Locker)', pl: 'Anuluj subskrypcję wsparcia Dell (Digital Locker)' },
  description: {
    en: 'The Dell Digital Locker link leads to Dell MyAccount today: Subscriptions → Manage Subscriptions → View → Consumer Subscription Services → Update/Cancel → Cancel (the older Digital Locker pages are still recognised). For Premium Support, Premium Support Plus and APEX Device Manage; ProSupport plans are cancelled through Dell customer care.',
    pl: 'Link do Dell Digital Locker prowadzi dziś do Dell MyAccount: Subskrypcje → Zarządzaj subskrypcjami → Wyświetl → Consumer Subscription Services → Aktualizuj/Anuluj → Anuluj (starsze strony Digital Locker są nadal rozpoznawane). Dla Premium Support, Premium Support Plus i APEX Device Manage; plany ProSupport anuluje się przez dział obsługi klienta Dell.',
  },
  menuLabel: { en: 'Cancel support subscription (Digital Locker)…', pl: 'Anuluj subskrypcję wsparcia (Digital Locker)…' },
  what: { en: 'Dell consumer support subscription', pl: 'Subskrypcja wsparcia Dell dla klientów indywidualnych' },
  startPath: '/support/software-and-subscriptions',
  signedOut: DELL_SIGNED_OUT,
  steps: [
    {
      id: 'open-locker',
      kind: 'safe',
      instruction: {
        en: 'Open Dell Digital Locker (Dell sends it to your Dell account today).',
        pl: 'Otwórz Dell Digital Locker (Dell przekierowuje go dziś na konto Dell).',
      },
      done: { anyOf: [SUBSCRIPTIONS_AREA, ACCOUNT_AREA] },
      doItForMe: { action: 'navigate', path: '/support/software-and-subscriptions' },
      manual: {
        en: 'Open dell.com/support/software-and-subscriptions and sign in with the e-mail you bought the product with; Dell shows your subscriptions in MyAccount.',
        pl: 'Otwórz dell.com/support/software-and-subscriptions i zaloguj się adresem e-mail użytym przy zakupie; Dell pokaże subskrypcje w MyAccount.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.lockerMoved, SOURCE.kb] },
    },
    ...SUBSCRIPTION_STEPS,
  ],
  endings: DELL_ENDINGS,
  provenance,
};

export const cancelViaDellAccount: GuideInput = {
  id: 'cancel-support-dell-account',
  kind: 'cancel-subscription',
  title: { en: 'Cancel a Dell support subscription (Dell account)', pl: 'Anuluj subskrypcję wsparcia Dell (konto Dell)' },
  description: {
    en: 'Dell MyAccount → Subscriptions → Manage Subscriptions → View → Consumer Subscription Services (or Action → Manage Subscriptions) → Update/Cancel → Cancel. ProSupport plans are cancelled through Dell customer care.',
    pl: 'Dell MyAccount → Subskrypcje → Zarządzaj subskrypcjami → Wyświetl → Consumer Subscription Services (albo Działania → Zarządzaj subskrypcjami) → Aktualizuj/Anuluj → Anuluj. Plany ProSupport anuluje się przez dział obsługi klienta Dell.',
  },
  menuLabel: { en: 'Cancel support subscription (Dell account)…', pl: 'Anuluj subskrypcję wsparcia (konto Dell)…' },
  what: { en: 'Dell consumer support subscription', pl: 'Subskrypcja wsparcia Dell dla klientów indywidualnych' },
  startPath: '/myaccount',
  signedOut: DELL_SIGNED_OUT,
  steps: [
    {
      id: 'open-account',
      kind: 'safe',
      instruction: { en: 'Open your Dell account (MyAccount).', pl: 'Otwórz swoje konto Dell (MyAccount).' },
      done: { anyOf: [ACCOUNT_AREA, SUBSCRIPTIONS_AREA] },
      target: { css: ['.mh-myaccount.auth .mh-myaccount-btn', 'a[href*="/myaccount/"]'], text: { en: ['My Account'], pl: ['Moje konto'], de: ['Mein Konto'] } },
      doItForMe: { action: 'navigate', path: '/myaccount' },
      manual: { en: 'Open dell.com/myaccount and sign in.', pl: 'Otwórz dell.com/myaccount i zaloguj się.' },
      provenance: { evidence: 'source', sources: [SOURCE.masthead, SOURCE.kb] },
    },
    ...SUBSCRIPTION_STEPS,
  ],
  endings: DELL_ENDINGS,
  provenance,
};

/** Dell's guides, in the order the popup offers them. */
export const dellGuides: GuideInput[] = [cancelViaDigitalLocker, cancelViaDellAccount];
