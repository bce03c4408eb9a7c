/**
 * A recipe as the owner of the Polish shop fixture (www.sklep-przyklad.pl) would write and share it, with an account
 * switcher and a guide no build has seen: imported by the end-to-end and the unit tests of imported recipes.
 */
export const shopRecipe = {
  id: 'sklep-przyklad',
  name: 'Sklep Przykład',
  sites: [{ domain: 'sklep-przyklad.pl', origin: 'https://www.sklep-przyklad.pl', authCookies: ['SKLEPSESSID'] }],
  signOut: [{ kind: 'generic', startPath: '/' }],
  flows: { switchAccount: { startPath: '/', steps: [{ action: 'waitFor', target: { css: ['body'] } }] } },
  guides: [
    {
      id: 'delete-account',
      kind: 'delete-account',
      title: { en: 'Delete the shop account', pl: 'Usuń konto w sklepie' },
      description: { en: 'Deletes the account.', pl: 'Usuwa konto.' },
      menuLabel: { en: 'Delete shop account…', pl: 'Usuń konto w sklepie…' },
      what: { en: 'Shop account', pl: 'Konto w sklepie' },
      startPath: '/konto',
      signedOut: { present: { css: ['form#logowanie'] } },
      steps: [
        {
          id: 'delete',
          kind: 'final',
          instruction: { en: 'Press “Delete account”.', pl: 'Naciśnij „Usuń konto”.' },
          target: { text: { pl: ['Usuń konto'] } },
          manual: { en: 'Find “Delete account”.', pl: 'Znajdź „Usuń konto”.' },
        },
      ],
      endings: [{ id: 'done', outcome: 'completed', when: { url: ['/usunieto'] }, message: { en: 'Deleted.', pl: 'Usunięto.' } }],
    },
  ],
  provenance: { sources: [{ url: 'https://www.sklep-przyklad.pl/', note: 'Written by the shop owner for this test.' }], checked: '2026-11-20' },
};
