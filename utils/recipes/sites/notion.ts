import type { RecipeInput } from '../schema';

/**
 * Notion (www.notion.so): a plain GET of /logout ends the browser's Notion session; apps that connect a Notion
 * account tell people to open it before connecting another one. The session is the token_v2 cookie. No source
 * names the sidebar menu's selectors, so the recipe has no steps.
 */
export const notion: RecipeInput = {
  id: 'notion',
  name: 'Notion',
  sites: [
    {
      domain: 'notion.so',
      origin: 'https://www.notion.so',
      // notion_user_id only names the user (whether the sign-out removes it is not known); notion_browser_id is every visitor's.
      authCookies: ['token_v2'],
    },
  ],
  signOut: [{ kind: 'url', path: '/logout' }],
  accountCheck: { url: '/profile/integrations', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.notion.so/logout',
        note: 'GET sign-out: a logout-CSRF list records it as [GET, https://www.notion.so/logout], session-clearing lists and a Selenium test open it to log out, and two apps that connect a Notion account link to it ("log out of Notion first to connect another account") (MEDIUM-HIGH: several independent sources, no official page).',
      },
      {
        url: 'https://www.notion.so/login',
        note: 'Cookies: token_v2 on www.notion.so is the session every unofficial client (notion-client, notionai, notionapi-agent) asks users to copy from DevTools as the auth token (HIGH for the name); notion_user_id beside it names the user (a setup guide, MEDIUM). HttpOnly/Secure attributes are not documented (LOW, modelled so). The sidebar menu\'s "Log out" label appears in a Selenium test\'s XPath (LOW); no selectors: no steps.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.notion.so/profile/integrations',
          note: 'A setup guide sends people to this page to manage their connections, which needs a session; that a guest is redirected to /login from it is inferred, not shown (LOW). A Selenium test shows a signed-in person opening /login is sent on to the workspace.',
        },
      ],
    },
  },
};
