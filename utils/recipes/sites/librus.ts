import type { RecipeInput } from '../schema';

/**
 * Librus Synergia, the school register (synergia.librus.pl; Polish only). A plain GET of /wyloguj signs out; where
 * the top bar puts its own „Wyloguj” is not known, so the generic finder is the fallback. The parents' Librus
 * Rodzina portal (portal.librus.pl) keeps its own login, which this sign-out does not end.
 */
export const librus: RecipeInput = {
  id: 'librus',
  name: 'Librus Synergia',
  sites: [
    {
      domain: 'librus.pl',
      origin: 'https://synergia.librus.pl',
      // DZIENNIKSID is the Synergia web session; SDZIENNIKSID comes with the first answer of the sign-in page, before
      // any password, so the names prove nothing alone: the account check decides (and verifies the sign-out).
      authCookies: ['DZIENNIKSID', 'SDZIENNIKSID'],
      guestsGetAuthCookies: true,
    },
  ],
  detect: {
    signedIn: { css: ['#user-section'] },
    // "Jan Kowalski (uczeń)": the name ends before the role in brackets.
    accountName: { target: { css: ['#user-section > b'] }, endsBefore: [' ('] },
  },
  signOut: [{ kind: 'url', path: '/wyloguj' }, { kind: 'generic', startPath: '/uczen/index' }],
  accountCheck: {
    url: '/informacja',
    signedIn: { kind: 'marker', text: ['user-section'] },
    signedOut: { redirect: true, statuses: [], markers: ['Brak dostępu'] },
  },
  provenance: {
    sources: [
      {
        url: 'https://github.com/RustySnek/librus-apix/blob/main/librus_apix/client.py',
        note: 'After the sign-in at api.librus.pl/OAuth/Authorization?client_id=46 (fields login, pass) the client keeps DZIENNIKSID and SDZIENNIKSID, "the 2 authorization cookies Librus uses" (HIGH for the names); a C# client reads them, with oauth_token, for https://synergia.librus.pl (MEDIUM).',
      },
      {
        url: 'https://api.librus.pl/OAuth/Authorization?client_id=46&response_type=code&scope=mydata',
        note: 'A Node client notes that this first GET, before the password, already gives SDZIENNIKSID ("inicjuje sesję … SDZIENNIKSID etc."): guests hold it, so guestsGetAuthCookies (MEDIUM). Cookie Domain, lifetime and flags are not in any source (LOW, modelled).',
      },
      {
        url: 'https://synergia.librus.pl/wyloguj',
        note: 'GET sign-out in five independent clients (C# LbLogoutService, JS apps, a Python script); a Firefox add-on rewrites the Location header of its answer, so it answers with a redirect (HIGH). No source shows the page\'s own link: the generic finder is the fallback (LOW).',
      },
      {
        url: 'https://github.com/kasrow12/LibrusPro',
        note: 'The LibrusPro add-on reads "#user-section > b" on signed-in pages and takes the name before "(" (MEDIUM for detect and the name).',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://github.com/RustySnek/librus-apix/blob/main/librus_apix/helpers.py',
          note: 'Without a valid session Synergia pages show „Brak dostępu” in "#page h2.inside" (librus-apix raises "Malformed or expired token"), MEDIUM; /informacja holds the account\'s name and login (librus-api getAccountInfo, MEDIUM). "user-section" marks a signed-in page (LibrusPro, MEDIUM).',
        },
      ],
    },
  },
};
