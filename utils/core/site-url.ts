import type { SiteEntry } from '../recipes/schema';

/** A recipe path is relative to the site being signed out; a full URL (already checked to be on the recipe's domains) stands as is. */
export function resolveSiteUrl(site: Pick<SiteEntry, 'origin'>, pathOrUrl: string): string {
  return pathOrUrl.startsWith('/') ? site.origin + pathOrUrl : pathOrUrl;
}
