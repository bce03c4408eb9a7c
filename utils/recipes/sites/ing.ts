import type { RecipeInput } from '../schema';

/**
 * ING Bank Śląski, online banking Moje ING (login.ingbank.pl/mojeing). Not modelled: public clients talk to it only by
 * JSON POSTs to /mojeing/rest/* (renchecklogin, renlogin, …); the one cookie sources name, JSESSIONID,
 * is what any Java server gives guests too, and no source shows a page that tells a signed-in person from a guest or a
 * sign-out a browser could open. Signoff knows the host alone: a row says it cannot tell whether anyone is signed in,
 * the generic finder looks for the bank's own „Wyloguj”, and the labelled fallback removes the site from this browser.
 */
export const ing: RecipeInput = {
  id: 'ing',
  name: 'Moje ING (ING Bank Śląski)',
  sites: [
    {
      // The banking host only: www.ingbank.pl is the bank's public site, where a visit says nothing of a session.
      domain: 'login.ingbank.pl',
      origin: 'https://login.ingbank.pl',
      authCookies: [],
      notModelled: {
        reason: 'Sign-in is JSON POSTs to /mojeing/rest/*; the only cookie named, JSESSIONID, guests get too; no public source shows an account page or a sign-out a browser can open.',
      },
    },
  ],
  // The app's own address (its sign-in is #login there); where its „Wyloguj” sits no source shows.
  signOut: [{ kind: 'generic', startPath: '/mojeing/app/' }],
  provenance: {
    sources: [
      {
        url: 'https://login.ingbank.pl/mojeing/app/#login',
        note: 'The Moje ING sign-in: bank-link lists, a password-helper extension (ING and Pekao) and a Java app’s bank list open this address; Selenium tests use the bank\'s demo at /mojeing/demo/#home (HIGH for the host and the app\'s address).',
      },
      {
        url: 'https://login.ingbank.pl/mojeing/rest/renchecklogin',
        note: 'A Java scraper and a C# client call /mojeing/rest/renchecklogin, /renlogin and /rengetallaccounts as JSON POSTs (base address login.ingbank.pl/mojeing/rest/); the only cookie a client keeps by name is JSESSIONID, which a Java server gives any visitor, so it proves nothing (LOW). No source shows a sign-out call or control: none is modelled.',
      },
    ],
    checked: '2026-12-07',
  },
};
