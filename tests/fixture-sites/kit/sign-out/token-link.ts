import { redirect } from '../../types';
import { sameToken } from '../csrf';
import { homeHref, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism } from '../types';
import { endSession } from './end-session';

type TokenLink = Extract<SignOutMechanism, { kind: 'token-link' }>;

/**
 * GET path?<param>=<this session's sign-out token> ends the session. Without the token, or with another
 * session's, the site only sends the browser home: someone else's page cannot sign you out (Facebook's h=).
 */
export function tokenLinkRoutes<T extends KitTexts>(site: SiteState<T>, m: TokenLink): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.path,
      handle: (v) => {
        if (!v.session || !sameToken(v.url.searchParams.get(m.param), v.session.signOutToken)) {
          redirect(v.res, homeHref(site, v), 302, v);
          return;
        }
        return endSession(site, v, () => redirect(v.res, v.href(m.redirectTo), 302, v));
      },
    },
  ];
}
