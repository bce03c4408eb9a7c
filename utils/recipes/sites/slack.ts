import type { RecipeInput } from '../schema';

const USER_BUTTON = ['[data-qa="user-button"]'];

/**
 * Slack in the browser: the client on app.slack.com, each workspace on its own host (<workspace>.slack.com). The
 * session is the d cookie on .slack.com, shared by every workspace of the browser. The avatar at the top right
 * ([data-qa="user-button"]) opens the menu whose "Sign out of <workspace>" ends the session and lands on the
 * workspace's /signout/done. The sign-out's own address is not known, so the recipe presses the menu.
 */
export const slack: RecipeInput = {
  id: 'slack',
  name: 'Slack',
  sites: [
    {
      domain: 'slack.com',
      origin: 'https://app.slack.com',
      // d-s beside it is not known to go at sign-out; b and lc are every visitor's.
      authCookies: ['d'],
    },
  ],
  detect: {
    signedIn: { css: USER_BUTTON },
    // "User menu: Jan Kowalski" (the prefix in other languages is not known: only the English one is stripped).
    accountName: { target: { css: ['[data-qa="user-button"][aria-label]'] }, from: 'aria-label', greetings: ['User menu:'] },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/client',
      steps: [
        { action: 'click', target: { css: USER_BUTTON }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { text: { en: ['Sign out of', 'Sign out'], de: ['Abmelden'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/client', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://papermtn.co.uk/retrieving-and-using-slack-cookies-for-authentication/',
        note: 'Cookies: the session is the d cookie (xoxd-…) on .slack.com, valid ten years, turned into a xoxc token by any workspace page (a write-up quoted in backup tools; a dozen Slack clients send exactly Cookie: d=xoxd-…) (HIGH). d-s beside it ("session state") and lc (locale) come from one client\'s cookie type (MEDIUM). Whether d is HttpOnly is disputed (one tool says document.cookie cannot read it, another reads it there): modelled HttpOnly, LOW.',
      },
      {
        url: 'https://app.slack.com/client',
        note: 'Signed in, the client shows the avatar button [data-qa="user-button"] with aria-label "User menu: <name>" and data-member-id (browser extensions, their test pages and saved markup; HIGH). German labels LOW; Slack has no Polish interface.',
      },
      {
        url: 'https://slack.com/signout/done',
        note: 'Its menu item "Sign out of <workspace>" (old UI: #logout > a) ends the session and lands on https://<workspace>.slack.com/signout/done, "You’ve signed out of Slack" with a "Sign back in" link (Cypress and Watir tests, MEDIUM). The sign-in form (#email, #password, #signin_btn; data-qa login_email etc.) from the same tests, fixture only.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://app.slack.com/client',
          note: 'The web client needs a session; tools check for the user button there to see they are signed in. That a guest asking for /client gets a redirect to the sign-in (not the app shell) is inferred, not shown (LOW). The workspace page that names the account (api_token in its HTML) lives on a host the recipe cannot know.',
        },
      ],
    },
  },
};
