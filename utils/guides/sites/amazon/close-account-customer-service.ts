import type { Condition, GuideInput } from '../../schema';
import { AMAZON_SIGNED_OUT, SOURCE } from './evidence';

/** The help hub's chat: its box for the person's message, and Amazon's side of the conversation. */
const CHAT_INPUT = { css: ['[role="dialog"] textarea', 'form textarea', 'textarea'], text: { en: ['Send', 'Send message'], pl: ['Wyślij'], de: ['Senden'] } };
const CHAT_LOG = '[role="log"]';
const START_CHAT = {
  text: {
    en: ['Start chatting now', 'Chat with us', 'Start chat', 'Chat now'],
    pl: ['Rozpocznij czat', 'Czat z nami', 'Czatuj teraz'],
    de: ['Chat starten', 'Jetzt chatten'],
  },
};
/** The seed's select-based contact form (gone from the real site; still recognised where a person meets it). */
const SEED_CONTACT_FORM: Condition = {
  allOf: [
    { url: ['/hz/contact-us'] },
    { not: { url: ['/foresight/'] } },
    // Its lists appear only after a topic is chosen: the seed's topic "Prime and more" stands for the page until then.
    { anyOf: [{ present: { css: ['form select', 'select'] } }, { present: { text: { en: ['Prime and more', 'Prime and More'], pl: ['Prime i więcej'] } } }] },
  ],
};
const SEED_SEND_EMAIL = { css: ['form button[type="submit"]'], text: { en: ['Send e-mail', 'Send email'], pl: ['Wyślij e-mail'], de: ['E-Mail senden'] } };

export const closeAccountByCustomerService: GuideInput = {
  id: 'close-account-customer-service',
  kind: 'delete-account',
  title: { en: 'Ask Amazon customer service to close your account', pl: 'Poproś obsługę klienta Amazon o zamknięcie konta' },
  description: {
    en: 'Customer Service is a help hub with a chat today: Signoff opens it and gives you the exact sentence to send. Amazon answers in the chat and confirms the closure by e-mail or text message. (The contact form older guides describe is gone; where a page still shows it, the guide follows it.)',
    pl: 'Dział Obsługi Klienta to dziś centrum pomocy z czatem: Signoff je otwiera i podaje dokładne zdanie do wysłania. Amazon odpowiada na czacie i potwierdza zamknięcie e-mailem albo SMS-em. (Formularza kontaktowego ze starszych poradników już nie ma; jeśli strona go jeszcze pokazuje, przewodnik za nim idzie).',
  },
  menuLabel: { en: 'Close account via customer service…', pl: 'Zamknij konto przez obsługę klienta…' },
  what: { en: 'Request to close the Amazon account (asked in the customer-service chat)', pl: 'Prośba o zamknięcie konta Amazon (zgłoszona na czacie obsługi klienta)' },
  startPath: '/',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-customer-service',
      kind: 'safe',
      instruction: { en: 'Open “Customer Service” in the main menu.', pl: 'Otwórz „Dział Obsługi Klienta” w menu głównym.' },
      done: { url: ['/hz/contact-us'] },
      target: {
        css: ['a[href*="/hz/contact-us/foresight/hubgateway"]'],
        text: { en: ['Customer Service'], pl: ['Dział Obsługi Klienta'], de: ['Kundenservice'] },
      },
      doItForMe: { action: 'navigate', path: '/hz/contact-us/foresight/hubgateway' },
      manual: {
        en: 'Click “Customer Service” in the menu bar under the search box, or open /hz/contact-us/foresight/hubgateway on this Amazon site.',
        pl: 'Kliknij „Dział Obsługi Klienta” na pasku menu pod wyszukiwarką albo otwórz adres /hz/contact-us/foresight/hubgateway w tym serwisie Amazon.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.helpHub, SOURCE.amazonPl2026] },
    },
    {
      id: 'start-chat',
      kind: 'safe',
      instruction: {
        en: 'Start a chat with customer service (the hub’s chat button).',
        pl: 'Rozpocznij czat z obsługą klienta (przycisk czatu w centrum pomocy).',
      },
      at: { allOf: [{ url: ['/hz/contact-us/foresight'] }, { present: START_CHAT }] },
      done: { present: { css: [CHAT_LOG, 'textarea'] } },
      target: START_CHAT,
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the help hub, choose “Something else” / “I need more help” until Amazon offers a chat, and start it.',
        pl: 'W centrum pomocy wybieraj „coś innego” / „potrzebuję więcej pomocy”, aż Amazon zaproponuje czat, i rozpocznij go.',
      },
      provenance: {
        evidence: 'no evidence',
        note: 'The hub and its chat are confirmed; the chat button’s label and markup are not: labels in three languages, described instruction.',
      },
    },
    {
      id: 'ask-in-chat',
      kind: 'final',
      instruction: {
        en: 'Type this into the chat and send it: “Please close my Amazon account and delete my data. I understand this is permanent.”',
        pl: 'Wpisz na czacie i wyślij: „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych. Rozumiem, że to nieodwracalne.”',
      },
      warning: {
        en: 'Closing an Amazon account is permanent: your orders, digital content and gift card balance are lost, on every Amazon site you use with it. Cancel Prime first.',
        pl: 'Zamknięcie konta Amazon jest trwałe: tracisz zamówienia, treści cyfrowe i saldo kart podarunkowych we wszystkich serwisach Amazon, w których go używasz. Najpierw anuluj Prime.',
      },
      at: { anyOf: [{ allOf: [{ url: ['/hz/contact-us'] }, { present: { css: [CHAT_LOG] } }] }, SEED_CONTACT_FORM] },
      target: CHAT_INPUT,
      alternatives: [
        {
          when: SEED_CONTACT_FORM,
          instruction: {
            en: 'This is the older contact form: choose “Prime and more” → “Update or change account information” → “Close my account” → “E-mail”, write “Please close my Amazon account and delete my data.” and press “Send e-mail”.',
            pl: 'To starszy formularz kontaktowy: wybierz temat Prime, potem zmianę informacji o koncie i zamknięcie konta, kontakt e-mailem, wpisz „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych.” i naciśnij przycisk wysłania e-maila.',
          },
          target: SEED_SEND_EMAIL,
        },
      ],
      manual: {
        en: 'In the chat, ask: “Please close my Amazon account and delete my data.” Amazon may ask you to confirm who you are.',
        pl: 'Na czacie napisz: „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych.” Amazon może poprosić o potwierdzenie tożsamości.',
      },
      provenance: {
        evidence: 'no evidence',
        note: 'That the chat takes closure requests: help hub (source); its markup and the seed’s form labels: no evidence.',
      },
    },
  ],
  endings: [
    {
      // Amazon's side of the chat, never the person's sentence (which names neither phrase).
      id: 'request-received',
      outcome: 'completed',
      when: {
        text: {
          en: ['request to close your account', 'close your account for you'],
          pl: ['prośbę o zamknięcie konta', 'zamknięcie Twojego konta'],
          de: ['Anfrage zur Schließung Ihres Kontos'],
        },
        within: `${CHAT_LOG}, #cu-confirmation, [role="status"]`,
      },
      message: {
        en: 'Amazon’s customer service answered that it has your request to close the account. The account is closed only once you confirm what Amazon sends (an e-mail or a text message).',
        pl: 'Obsługa klienta Amazon odpowiedziała, że ma Twoją prośbę o zamknięcie konta. Konto zostanie zamknięte dopiero po potwierdzeniu wiadomości od Amazon (e-maila albo SMS-a).',
      },
      confirmation: [`${CHAT_LOG} [data-from="amazon"]:last-child`, `${CHAT_LOG} > :last-child`, '#cu-confirmation', '[role="status"]'],
    },
  ],
  // The flow as a whole; each step names its own sources.
  provenance: {
    sources: [{ url: 'https://github.com/jdm-contrib/jdm', note: 'Account closure: /privacy/data-deletion — select a reason, tick the box, "Close My Account", follow the link Amazon sends by e-mail or text message (valid 5 days). Customer service is the hub /hz/contact-us/foresight/hubgateway with chat.' }],
  },
};
