import type { RecipeInput, SiteEntry } from '../schema';

type SiteInput = Omit<SiteEntry, 'authCookies' | 'guestsGetAuthCookies'>;

/**
 * USOSweb, the student system many Polish universities run (the same software on each university's own host).
 *
 * Many hosts, safely: each university's USOSweb is its own site entry whose domain is that USOSweb host itself
 * (usosweb.uw.edu.pl, not uw.edu.pl), so the host permission, the cookies read, the sign-out address and the account
 * check stay on USOSweb and never reach the university's other services. A session is found by the cookies of one
 * entry, and its sign-out runs on that entry's origin: the university's host comes from where the session is. No
 * pattern such as "usosweb.*" is trusted (any site can call itself usosweb.example); a university missing here can
 * still be added by an imported recipe for its own USOSweb host, which overlaps none of these.
 *
 * Sign-out: a plain GET of _action=logowaniecas/wyloguj, which also ends the university's CAS single sign-on.
 */
const instances: SiteInput[] = [
  { domain: 'usosweb.uw.edu.pl', origin: 'https://usosweb.uw.edu.pl' },
  { domain: 'usosweb.mimuw.edu.pl', origin: 'https://usosweb.mimuw.edu.pl' },
  { domain: 'usosweb.fuw.edu.pl', origin: 'https://usosweb.fuw.edu.pl' },
  { domain: 'usosweb.uj.edu.pl', origin: 'https://www.usosweb.uj.edu.pl' },
  { domain: 'usosweb.usos.pw.edu.pl', origin: 'https://usosweb.usos.pw.edu.pl' },
  { domain: 'usosweb.amu.edu.pl', origin: 'https://usosweb.amu.edu.pl' },
  { domain: 'usosweb.uni.lodz.pl', origin: 'https://usosweb.uni.lodz.pl' },
  { domain: 'usosweb.uwb.edu.pl', origin: 'https://usosweb.uwb.edu.pl' },
  { domain: 'usosweb.uwm.edu.pl', origin: 'https://usosweb.uwm.edu.pl' },
  { domain: 'usos.wat.edu.pl', origin: 'https://usos.wat.edu.pl' },
];

export const usosweb: RecipeInput = {
  id: 'usosweb',
  name: 'USOSweb',
  // PHPSESSID is USOSweb's PHP session, which guests browsing the public catalogue hold too: the account check decides.
  sites: instances.map((site) => ({ ...site, authCookies: ['PHPSESSID'], guestsGetAuthCookies: true })),
  detect: { signedIn: { css: ['cas-bar[mode="user"]', '#layout-cas-bar[logged-user]'] } },
  signOut: [{ kind: 'url', path: '/kontroler.php?_action=logowaniecas/wyloguj' }],
  accountCheck: {
    url: '/kontroler.php?_action=home/index',
    signedIn: { kind: 'marker', text: ["mode='user'"] },
    accountName: { kind: 'between', after: "logged-user='", before: "'" },
  },
  provenance: {
    sources: [
      {
        url: 'https://usosweb.fuw.edu.pl/kontroler.php?_action=katalog2/przedmioty/pokazGrupyZajec',
        note: "A saved signed-in USOSweb page (in a public scraper's source): <cas-bar id='layout-cas-bar' logged-user='…' mode='user' logout-url='…/kontroler.php?_action=logowaniecas/wyloguj'>, JSGLOBALS.user_id and a per-session csrftoken in every page (HIGH for the markup).",
      },
      {
        url: 'https://usosweb.mimuw.edu.pl/kontroler.php?_action=logowaniecas/wyloguj',
        note: 'GET sign-out in public clients for seven universities (UW/MIMUW, UwB, UAM, UŁ, UWM, WAT; the page\'s own logout-url): HIGH. After it a UŁ script expects CAS\'s „Wylogowałeś się z CAS - Centralnej Usługi Uwierzytelniania.”, so it ends the CAS single sign-on too (MEDIUM).',
      },
      {
        url: 'https://www.usosweb.uj.edu.pl/kontroler.php',
        note: 'A client posts to UJ\'s USOSweb with "Cookie: PHPSESSID=…" (MEDIUM for the name). That guests hold one too is inferred from the public catalogue carrying a csrftoken (LOW), hence guestsGetAuthCookies.',
      },
      {
        url: 'https://logowanie.uw.edu.pl/cas/login',
        note: 'Sign-in goes through the university\'s CAS (form username, password, lt, execution, _eventId; usos_tools) and back to _action=logowaniecas/index. Hosts: each from public clients or links (UW catalogue links, usosweb.usos.pw.edu.pl Selenium sign-in, www.usosweb.uj.edu.pl userscript and Cypress test), HIGH.',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://usosweb.uwb.edu.pl/kontroler.php?_action=home/index',
          note: '„MÓJ USOSWEB” (home/index) is the session test of a UwB Playwright script (MEDIUM); signed in, pages carry mode=\'user\' and logged-user=\'Name\' in single quotes (saved page, HIGH); that a guest is redirected to the sign-in is inferred (LOW).',
        },
      ],
    },
  },
};
