import type { Marketplace } from './marketplaces';

const OPENID = 'http://specs.openid.net/auth/2.0';

/** The long OpenID-style sign-in link Amazon uses everywhere, returning to `returnPath` afterwards. */
export function signInHref(m: Marketplace, returnPath: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    'openid.pape.max_auth_age': '0',
    'openid.return_to': `https://${m.host}${returnPath}`,
    'openid.identity': `${OPENID}/identifier_select`,
    'openid.assoc_handle': m.assocHandle,
    'openid.mode': 'checkid_setup',
    'openid.claimed_id': `${OPENID}/identifier_select`,
    'openid.ns': OPENID,
    ...extra,
  });
  return `/ap/signin?${params.toString()}`;
}

export function switchAccountHref(m: Marketplace): string {
  return signInHref(m, '/?ref_=nav_youraccount_switchacct', {
    switch_account: 'picker',
    ignoreAuthState: '1',
    _encoding: 'UTF8',
  });
}

/** Exactly the flyout's sign-out link: a plain GET that ends the session server-side. */
export const SIGN_OUT_HREF =
  '/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&useRedirectOnSuccess=1&action=sign-out&ref_=nav_AccountFlyout_signout';

export const ACCOUNT_HREF = '/gp/css/homepage.html?ref_=nav_youraccount_btn';
