/** The fixture-site kit: one config per "ordinary" site. See README.md in this folder. */
export { defineFixtureSite, defaultControls } from './define-site';
export { signOutControl } from './account-menu';
export { baseTexts, type KitTexts } from './texts';
export type {
  ActiveSession,
  AnonymousCookieSpec,
  AuthCookieSpec,
  FixtureSiteConfig,
  KitControls,
  KitRoute,
  KitSession,
  KitSite,
  KitSiteHandle,
  KitUser,
  LanguageCode,
  PageOptions,
  SignInForm,
  SignInState,
  SignOutEntry,
  SignOutMechanism,
  Visit,
} from './types';
export { escapeHtml, redirect, readForm, sendHtml } from '../types';
export { otherSessionsRoutes, type OtherSessionsSpec, type OtherSessionsTexts } from './other-sessions';
