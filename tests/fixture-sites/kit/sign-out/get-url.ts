import { redirect } from '../../types';
import type { SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute, SignOutMechanism } from '../types';
import { endSession } from './end-session';

type GetUrl = Extract<SignOutMechanism, { kind: 'get-url' }>;

/** A plain GET of the path ends the session (with or without one, the cookies are expired and the browser sent on). */
export function getUrlRoutes<T extends KitTexts>(site: SiteState<T>, m: GetUrl): KitRoute<T>[] {
  return [
    {
      host: m.host,
      path: m.path,
      handle: (v) => endSession(site, v, () => redirect(v.res, v.href(m.redirectTo), 302, v)),
    },
  ];
}
