import type { Condition } from '../../schema';

// Amazon's guides: cancelling Prime and closing the account (utils/guides/schema.ts).
// What the sites show today, with sources: research/seed-sites-evidence.md (issue 21). The seed (a machine translation
// of a pre-2022 Italian guide) is older than the site: its chain stays recognised as an older variant, and its words
// are never the labels Signoff looks for.

/** The public sources the guides' steps name in their provenance. */
export const SOURCE = {
  amazonPl2026: 'amazon.pl page saved 2026 (github.com/ArtemKozlovzky/junior-amazon-pl-scrapper-task, tests/fixtures/amazon_pl/)',
  amazonOrders: 'amazon.com pages saved 2025 (github.com/alexdlaird/amazon-orders, tests/resources/)',
  yourAccountTiles: 'saved Your Account pages: tiles div[data-card-identifier="Prime"|"YourOrders"|"SignInAndSecurity"] inside a.ya-card__whole-card-link',
  flyoutPrime: 'saved pages: the Account & Lists flyout’s “Prime Membership” link /gp/subs/primeclub/account/homepage.html',
  primePageDe2024: 'amazon.de Prime page 2024 as automated by a subscription app: .widgetMCXAccountManagementWidgetSlot, .mcx-nav__toggle, .mcx-menu__list, .mcx-menu-item__heading',
  primeGuidesEn: 'third-party English guides 2022–2026 and Amazon help GTJQ7QZY7QL2HK4Y: Manage membership → Update, cancel and more → End membership → Continue to cancel',
  primeGuidesDe: 'German guides: „Mitgliedschaft verwalten“, „Aktualisieren, kündigen und mehr“, „Mitgliedschaft beenden“, „Jetzt beenden“ / „Zum Verlängerungsdatum beenden“',
  euTwoClicks:
    'https://www.scl.org/news/12641-amazon-prime-changes-its-cancellation-practices-to-comply-with-eu-consumer-rules (European Commission, 1 July 2022: two clicks on every EU Amazon site; UK from August 2022; not the US)',
  finalChoice: 'cancellation bots and a mock of the last page: “End on <date>” / “End now” beside “Keep my membership” and “Remind me later”',
  seedPre2022: 'the seed (a pre-2022 guide): “Do not continue — end Prime benefits”, “End my benefits”, “Cancel subscription” twice',
  mobileGreeting: 'mobile-site login checks (subscription-manager webview): #nav-logobar-greeting in both states, .nav-greeting-recognized and #nav-greeting-name when signed in',
  justDeleteMe: 'https://github.com/jdm-contrib/jdm (Amazon: /privacy/data-deletion, reason, tick box, “Close My Account”, confirmation link)',
  closureGuides: '2023–2026 account-deletion guides: the confirmation link comes by e-mail or text message and is valid 5 days; “Confirm account closure”',
  helpHub: 'saved pages and 2024–2026 guides: help is the hub /hz/contact-us/foresight/hubgateway with chat; amazon.pl’s menu says „Dział Obsługi Klienta”',
} as const;

/**
 * Signed-in markers of both layouts: the desktop account link (to Your Account on every layout seen, SOURCE.amazonOrders;
 * a 2020 signed-in layout still says data-nav-ref="nav_ya_signin" on it, issue #17), and the mobile greeting once it
 * recognises someone.
 */
const AMAZON_SIGNED_IN_MARKERS = {
  css: [
    '#nav-link-accountList[href*="/gp/css/homepage.html"]',
    '[data-nav-ref="nav_youraccount_btn"]',
    '#nav-logobar-greeting.nav-greeting-recognized',
    '#nav-greeting-name',
  ],
};

/**
 * Amazon shows a sign-in form, or greets an anonymous visitor ("Hello, sign in"). The mobile layout's
 * `#nav-logobar-greeting` is there signed in too, so it counts only without the signed-in markers.
 */
export const AMAZON_SIGNED_OUT: Condition = {
  anyOf: [
    { present: { css: ['form[name="signIn"]'] } },
    {
      allOf: [
        { present: { css: ['[data-nav-ref="nav_ya_signin"]', '#nav-logobar-greeting'] } },
        { absent: AMAZON_SIGNED_IN_MARKERS },
      ],
    },
  ],
};
