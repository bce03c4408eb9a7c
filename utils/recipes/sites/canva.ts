import type { RecipeInput } from '../schema';

/**
 * Canva (www.canva.com): a plain GET of /logout ends the browser's Canva session. Canva's own cookie page lists its
 * security and authentication cookies but not which one holds the session, so the recipe names the 30-day group
 * and lets the site decide: signed in, the home page asks "What will you design today?", a guest's says "Design
 * anything". No source names the account menu's selectors: no steps.
 */
export const canva: RecipeInput = {
  id: 'canva',
  name: 'Canva',
  sites: [
    {
      domain: 'canva.com',
      origin: 'https://www.canva.com',
      authCookies: ['CAZ', 'CID', 'CAR', 'CB', 'CL', 'CS', 'CUI'],
      // Which of them a guest gets too is not public: their presence proves nothing, the home page decides.
      guestsGetAuthCookies: true,
    },
  ],
  signOut: [{ kind: 'url', path: '/logout' }],
  accountCheck: {
    url: '/',
    signedIn: { kind: 'marker', text: ['What will you design today?'] },
    signedOut: { redirect: true, statuses: [], markers: ['Design anything'] },
  },
  provenance: {
    sources: [
      {
        url: 'https://www.canva.com/logout',
        note: 'GET sign-out: logout lists (as [GET, https://www.canva.com/logout]), a sign-up bot that opens it after each account, a Puppeteer script that logs out of Canva with page.goto(it) (MEDIUM-HIGH: several independent sources, no official page).',
      },
      {
        url: 'https://www.canva.com/pl_pl/zarzadzanie-plikami-cookie/',
        note: 'Canva\'s cookie page (Polish edition): "used for security and authentication": CDI (1 year); CID, CAZ, CAR, CB, CL, CS, CUI (30 days); CPA, CPA2, CCK (3 hours); COS; CDP; CTC; user_id, CAI (HIGH for the names). Which one is the session, which ones guests get, and their attributes are not said (LOW): hence guestsGetAuthCookies.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.canva.com/',
          note: 'Playwright scripts wait for "What will you design today?" on the home page after logging in, and for the "Design anything" heading as a guest (two scripts, MEDIUM for the texts on the rendered page). That the server-sent HTML carries them (not only the rendered app) is not shown (LOW); English only, so a Polish page answers "unknown", never a guess.',
        },
      ],
    },
  },
};
