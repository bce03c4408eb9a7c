import type { Condition, GuideInput } from '../schema';

/**
 * fakturowo.pl: deleting the account from /konto — confirm the option beside "Usuń konto" (a list per the help page, a
 * tick box per the seed's page: both handled), press "Usuń konto", then open the e-mailed link within one hour. The
 * page's other sections have their own ZAPISZ buttons; the guide's targets stay inside the deletion form.
 */

const SOURCE = {
  help: 'https://www.fakturowo.pl/pomoc/jak-usunac-konto-uzytkownika (today: a drop-down „TAK - potwierdzam usunięcie konta” beside „Usuń konto”, an e-mailed link)',
  seedPage: 'the seed: the help page of 27 Nov 2023 and its account page (a tick box on the left, „USUN KONTO”, the link valid one hour, the e-mail blocked)',
} as const;

/** The section's confirmation: the drop-down beside the button, or (the seed's page) the tick box and its label. */
const CONFIRM_CONTROL = {
  css: ['select:has(option[value^="TAK" i])'],
  text: { pl: ['musisz zaznaczyć pole', 'Aby usunąć konto użytkownika'] },
};
/** On /konto the only drop-down is the deletion's: found by structure when its markup differs from the help page. */
const ANY_LIST = { css: ['main select', 'form select'] };
const DELETE_BUTTON = { text: { pl: ['Usuń konto', 'USUŃ KONTO', 'USUN KONTO', 'Usun konto'] } };
const DELETION_SECTION: Condition = {
  allOf: [{ url: ['/konto'] }, { anyOf: [{ present: DELETE_BUTTON }, { text: { pl: ['Usunięcie konta użytkownika'] } }] }],
};
const CONFIRMED: Condition = { anyOf: [{ checked: CONFIRM_CONTROL }, { checked: ANY_LIST }] };

export const deleteAccount: GuideInput = {
  id: 'delete-account',
  kind: 'delete-account',
  title: { en: 'Delete your fakturowo.pl account', pl: 'Usuń konto w fakturowo.pl' },
  description: {
    en: 'Konto → confirm beside “Usuń konto” (today a drop-down “TAK - potwierdzam usunięcie konta”; on older pages a tick box) → “Usuń konto” → the e-mailed link, within one hour. The e-mail address is then blocked for good. You do not need to delete the account to stop paying: without a paid plan it stays free, with a few documents a month.',
    pl: 'Konto → potwierdź obok „Usuń konto” (dziś lista „TAK - potwierdzam usunięcie konta”, na starszych stronach pole do zaznaczenia) → „Usuń konto” → link z e-maila, w ciągu godziny. Adres e-mail zostaje potem zablokowany na zawsze. Nie trzeba usuwać konta, aby przestać płacić: bez abonamentu pozostaje bezpłatne, z kilkoma dokumentami miesięcznie.',
  },
  menuLabel: { en: 'Delete account…', pl: 'Usuń konto…' },
  what: { en: 'fakturowo.pl account and all its data', pl: 'Konto w fakturowo.pl wraz ze wszystkimi danymi' },
  startPath: '/konto',
  signedOut: { anyOf: [{ url: ['/logowanie'] }, { present: { css: ['input#password', 'input[type="password"]'] } }] },
  steps: [
    {
      id: 'open-account',
      kind: 'safe',
      instruction: { en: 'Open “Konto” (account) in the top menu.', pl: 'Otwórz „Konto” w górnym menu.' },
      done: { url: ['/konto'] },
      target: { css: ['a[href$="/konto"]'], text: { pl: ['Konto'] } },
      doItForMe: { action: 'navigate', path: '/konto' },
      manual: { en: 'Open www.fakturowo.pl/konto while signed in.', pl: 'Będąc zalogowanym, otwórz www.fakturowo.pl/konto.' },
      provenance: { evidence: 'source', sources: [SOURCE.help, SOURCE.seedPage] },
    },
    {
      id: 'confirm-option',
      kind: 'final',
      instruction: {
        en: 'At the bottom, under “Usunięcie konta użytkownika”, choose “TAK - potwierdzam usunięcie konta” in the list beside “Usuń konto”.',
        pl: 'Na dole strony, w sekcji „Usunięcie konta użytkownika”, wybierz z listy obok „Usuń konto” opcję „TAK - potwierdzam usunięcie konta”.',
      },
      warning: {
        en: 'Read this first. Once the account is deleted, its e-mail address is blocked: it can never be used to register at fakturowo.pl again. When you click the e-mailed link, the account and all its data (documents, clients, products) are deleted for good. Leave the “ZAPISZ” buttons of the other sections alone.',
        pl: 'Przeczytaj najpierw. Po usunięciu konta jego adres e-mail zostaje zablokowany: nigdy więcej nie da się go użyć do rejestracji w fakturowo.pl. Po kliknięciu linku z e-maila konto i wszystkie dane (dokumenty, klienci, produkty) zostaną bezpowrotnie usunięte. Nie naciskaj przycisków „ZAPISZ” w pozostałych sekcjach.',
      },
      at: DELETION_SECTION,
      done: CONFIRMED,
      target: { css: ['select:has(option[value^="TAK" i])', 'main select', 'form select'] },
      alternatives: [
        {
          // The seed's page: no list, a tick box on the left of the section's text.
          when: { allOf: [{ absent: ANY_LIST }, { present: CONFIRM_CONTROL }] },
          instruction: {
            en: 'At the bottom, under “Usunięcie konta użytkownika”, tick the box on the left of the text.',
            pl: 'Na dole strony, w sekcji „Usunięcie konta użytkownika”, zaznacz pole z lewej strony tekstu.',
          },
          target: { text: CONFIRM_CONTROL.text },
        },
      ],
      manual: {
        en: 'Scroll to the very bottom of the account page, to “Usunięcie konta użytkownika”, and confirm beside the “Usuń konto” button: choose “TAK - potwierdzam usunięcie konta” in the list, or tick the box on the left.',
        pl: 'Przewiń na sam dół strony konta, do sekcji „Usunięcie konta użytkownika”, i potwierdź obok przycisku „Usuń konto”: wybierz z listy „TAK - potwierdzam usunięcie konta” albo zaznacz pole z lewej strony.',
      },
      provenance: {
        evidence: 'source',
        sources: [SOURCE.help, SOURCE.seedPage],
        note: 'Both controls are real (today’s help page, the seed’s 2023 page); their markup is not public: the drop-down by structure (the page’s only list), the tick box by its label’s text.',
      },
    },
    {
      id: 'press-delete',
      kind: 'final',
      instruction: {
        en: 'Press “Usuń konto” (delete account). Fakturowo then e-mails you a link.',
        pl: 'Naciśnij „Usuń konto”. Fakturowo wyśle Ci wtedy e-mail z linkiem.',
      },
      at: { allOf: [DELETION_SECTION, CONFIRMED] },
      target: DELETE_BUTTON,
      manual: {
        en: 'Press the “Usuń konto” button of the deletion section (not a “ZAPISZ” button).',
        pl: 'Naciśnij przycisk „Usuń konto” w sekcji usuwania konta (nie przycisk „ZAPISZ”).',
      },
      provenance: { evidence: 'source', sources: [SOURCE.help, SOURCE.seedPage] },
    },
    {
      id: 'open-email',
      kind: 'outside',
      instruction: {
        en: 'Open the e-mail from fakturowo.pl and click its link within one hour. The guide goes on in the tab that opens.',
        pl: 'Otwórz e-mail od fakturowo.pl i w ciągu godziny kliknij link z wiadomości. Przewodnik będzie kontynuowany w karcie, która się otworzy.',
      },
      at: { text: { pl: ['wysłaliśmy wiadomość z linkiem', 'wysłana wiadomość', 'odbierz wiadomość i w ciągu godziny'] }, within: '[role="status"], .komunikat' },
      manual: {
        en: 'Look for the message “Fakturowo.pl - usunięcie konta” (check spam too). The link works for one hour; after that, press “Usuń konto” again for a new one.',
        pl: 'Poszukaj wiadomości „Fakturowo.pl - usunięcie konta” (sprawdź też spam). Link działa przez godzinę; potem naciśnij ponownie „Usuń konto”, aby dostać nowy.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.help, SOURCE.seedPage], note: 'The wording of the page’s notice after the press: no evidence.' },
    },
  ],
  endings: [
    {
      id: 'deleted',
      outcome: 'completed',
      when: { text: { pl: ['konto oraz wszystkie dane', 'zostały usunięte', 'zostało usunięte'] } },
      message: {
        en: 'fakturowo.pl confirmed that the account and all its data are deleted.',
        pl: 'fakturowo.pl potwierdził usunięcie konta i wszystkich danych.',
      },
      confirmation: ['[role="status"]', '.komunikat', 'h1'],
    },
    {
      id: 'link-expired',
      outcome: 'stopped',
      when: { text: { pl: ['Link wygasł', 'link wygasł', 'jest nieprawidłowy'] } },
      message: {
        en: 'The link has expired (it works for one hour). Start this guide again and press “Usuń konto” for a new e-mail.',
        pl: 'Link wygasł (działa przez godzinę). Uruchom przewodnik ponownie i naciśnij „Usuń konto”, aby dostać nowy e-mail.',
      },
    },
  ],
  // The flow as a whole; each step names its own sources.
  provenance: {
    sources: [
      {
        url: 'https://www.fakturowo.pl/pomoc/jak-usunac-konto-uzytkownika',
        note: 'Help page: on /konto choose "TAK - potwierdzam usunięcie konta" beside "Usuń konto", press it, click the e-mailed link; the seed\'s page shows a tick box instead and the one-hour limit, the e-mail block and the ZAPISZ sections.',
      },
    ],
  },
};
