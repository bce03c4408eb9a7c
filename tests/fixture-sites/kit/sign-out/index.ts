import { sendNotFound, type SiteState } from '../state';
import type { KitTexts } from '../texts';
import type { KitRoute } from '../types';
import { confirmPageRoutes } from './confirm-page';
import { confirmSheetRoutes } from './confirm-sheet';
import { getUrlRoutes } from './get-url';
import { menuThenLinkRoutes } from './menu-then-link';
import { menuThenRequestRoutes } from './menu-then-request';
import { pageThenRequestRoutes } from './page-then-request';
import { tokenLinkRoutes } from './token-link';

function mechanismRoutes<T extends KitTexts>(site: SiteState<T>): KitRoute<T>[] {
  const m = site.config.signOut;
  switch (m.kind) {
    case 'get-url':
      return getUrlRoutes(site, m);
    case 'token-link':
      return tokenLinkRoutes(site, m);
    case 'confirm-page':
      return confirmPageRoutes(site, m);
    case 'confirm-sheet':
      return confirmSheetRoutes(site, m);
    case 'menu-then-link':
      return menuThenLinkRoutes(site, m);
    case 'menu-then-request':
      return menuThenRequestRoutes(site, m);
    case 'page-then-request':
      return pageThenRequestRoutes(site, m);
  }
}

/** The sign-out routes of the configured mechanism; with `signOutRemoved` each answers 404 and revokes nothing. */
export function signOutRoutes<T extends KitTexts>(site: SiteState<T>): KitRoute<T>[] {
  return mechanismRoutes(site).map((route) => ({
    ...route,
    handle: (v) => (site.controls.signOutRemoved ? sendNotFound(site, v) : route.handle(v)),
  }));
}

export { signOutEntry } from './entry';
