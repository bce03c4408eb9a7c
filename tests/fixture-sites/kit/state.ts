import { escapeHtml, sendHtml } from '../types';
import type { CsrfTokens } from './csrf';
import { renderPage } from './layout';
import type { KitSessions } from './sessions';
import type { KitTexts } from './texts';
import type { FixtureSiteConfig, KitControls, PageOptions, Visit } from './types';

/** What the kit's handlers share about one site. */
export interface SiteState<T extends KitTexts> {
  config: FixtureSiteConfig<T>;
  controls: KitControls;
  sessions: KitSessions;
  csrf: CsrfTokens;
}

/** Sends a full page with the visit's cookies. */
export function sendPage<T extends KitTexts>(site: SiteState<T>, v: Visit<T>, status: number, options: PageOptions): void {
  sendHtml(v.res, status, renderPage(v, site.config, options), v);
}

export function sendNotFound<T extends KitTexts>(site: SiteState<T>, v: Visit<T>): void {
  sendPage(site, v, 404, { title: v.t.siteName, body: `<h1 id="not-found">404</h1><p>${escapeHtml(v.t.notFound)}</p>` });
}

/** The home page's address, for "go back" redirects. */
export function homeHref<T extends KitTexts>(site: SiteState<T>, v: Visit<T>): string {
  const home = site.config.home;
  return v.href({ host: home.host, path: home.paths[0] ?? '/' });
}
