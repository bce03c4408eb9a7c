import type { KitTexts } from '../texts';
import type { FixtureSiteConfig, SignOutEntry, Visit } from '../types';

/** The sign-out control the account menu offers this session, or none when the sign-out is "removed". */
export function signOutEntry<T extends KitTexts>(v: Visit<T>, config: FixtureSiteConfig<T>): SignOutEntry | undefined {
  const session = v.session;
  if (!session || v.controls.signOutRemoved) return undefined;
  const m = config.signOut;
  const link = (path: string): SignOutEntry => ({ kind: 'link', href: v.href({ host: m.host, path }) });
  switch (m.kind) {
    case 'get-url':
    case 'confirm-page':
    case 'confirm-sheet':
    case 'page-then-request':
      return link(m.path);
    case 'token-link':
      return link(`${m.path}?${m.param}=${encodeURIComponent(session.signOutToken)}`);
    case 'menu-then-request':
      return { kind: 'request', api: v.href({ host: m.host, path: m.api }), csrfHeader: m.csrfHeader, csrfCookie: m.csrfCookie };
    case 'menu-then-link':
      return m.method === 'get'
        ? link(m.path)
        : { kind: 'form', action: v.href({ host: m.host, path: m.path }), fields: { [m.tokenField ?? 'authenticity_token']: session.csrf } };
  }
}
