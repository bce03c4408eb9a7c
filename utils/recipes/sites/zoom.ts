import type { RecipeInput } from '../schema';

/**
 * Zoom web portal (zoom.us): a plain GET of /logout ends the browser's Zoom session (apps that sign in with Zoom
 * send people there first, so that the next sign-in is not the previous person's). After signing in the portal
 * lands on /profile, which needs a session.
 */
export const zoom: RecipeInput = {
  id: 'zoom',
  name: 'Zoom',
  sites: [
    {
      domain: 'zoom.us',
      origin: 'https://zoom.us',
      authCookies: ['_zm_ssid', 'zm_aid', 'zm_haid'],
    },
  ],
  signOut: [{ kind: 'url', path: '/logout' }],
  accountCheck: { url: '/profile', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://zoom.us/logout',
        note: 'GET sign-out: OAuth integrations open it because "Zoom OAuth reuses the browser session — must sign out of zoom.us or the previous account is auto-approved again", then wait for Zoom\'s signed-out page (several apps; also logout lists) (MEDIUM).',
      },
      {
        url: 'https://zoom.us/signin',
        note: 'Cookies: a meeting-bot\'s provider registry counts zm_aid, zm_haid and _zm_ssid on .zoom.us as "a durable web session exists" (LOW-MEDIUM, one source); tools ask for _zm_ssid as "your Zoom session cookie", and a cookie-acquisition test sets it HttpOnly, Secure on .zoom.us after sign-in (MEDIUM). No menu selectors or labels found: the recipe has no steps.',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://zoom.us/profile',
          note: 'Signing in lands on /profile (a WebdriverIO test and a cookie tool wait for that URL after zoom.us/signin); guides say to sign in to reach it. That a guest is redirected to /signin is inferred, not shown (LOW).',
        },
      ],
    },
  },
};
